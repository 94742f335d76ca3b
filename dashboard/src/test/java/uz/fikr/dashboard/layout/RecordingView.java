package uz.fikr.dashboard.layout;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.security.Role;

/** A page with figures for the layout's tests: it remembers every filter the layout gave it. */
@Route(value = "recording", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
public class RecordingView extends Div implements FilteredView {

    static final List<ViewFilter> shown = new ArrayList<>();

    @Override
    public void show(ViewFilter filter) {
        shown.add(filter);
    }
}
