package uz.fikr.dashboard.filter;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The library's branch codes, as readers' links and QR codes carry them ({@code FIKR_BRANCHES}, comma-separated).
 * The filter bar also accepts a code that is not listed.
 */
@ConfigurationProperties("fikr.dashboard")
public record BranchProperties(List<String> branches) {

    public BranchProperties {
        branches = branches == null ? List.of() : List.copyOf(branches);
    }
}
