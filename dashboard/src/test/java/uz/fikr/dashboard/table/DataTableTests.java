package uz.fikr.dashboard.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uz.fikr.dashboard.security.LoginView;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = LoginView.class)
class DataTableTests extends SpringBrowserlessTest {

    @Test
    void showing_new_figures_replaces_the_rows_instead_of_adding_to_them() {
        var table = new DataTable();

        table.show(TableData.builder("counts", "Responses per branch", "Branch", "Responses")
                .row("central", 12).row("chilonzor", 7).build());
        table.show(TableData.builder("counts", "Responses per branch", "Branch", "Responses")
                .row("yunusobod", 3).build());

        var rows = table.getChildren().findFirst().orElseThrow().getChildren()
                .flatMap(section -> section.getChildren()).filter(NativeTableRow.class::isInstance).toList();
        assertThat(rows).hasSize(2); // the heading row and one body row
        assertThat(rows.get(1).getElement().getChild(0).getText()).isEqualTo("yunusobod");
        assertThat(rows.get(1).getChildren().filter(NativeTableCell.class::isInstance).findFirst().orElseThrow()
                .getElement().getText()).isEqualTo("3");
    }
}
