package uz.fikr.dashboard.filter;

/**
 * A page that shows figures for the filter bar's {@link ViewFilter}. The layout shows the filter bar above such a
 * page and calls {@link #show} after every navigation, with the filter from the address.
 */
public interface FilteredView {

    /** Shows the figures for {@code filter}, whose survey is set when any survey exists. */
    void show(ViewFilter filter);
}
