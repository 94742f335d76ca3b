package uz.fikr.analytics.privacy;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides which groups' figures are withheld: every group with fewer than k respondents, and, when exactly one
 * group is withheld that way, also the smallest shown group, so that the withheld one cannot be recovered by
 * subtracting the shown groups from a total.
 */
@Component
public class Suppression {

    private final int minimumGroupSize;

    public Suppression(PrivacyProperties properties) {
        this.minimumGroupSize = properties.minimumGroupSize();
    }

    public int minimumGroupSize() {
        return minimumGroupSize;
    }

    public boolean tooSmall(long respondents) {
        return respondents < minimumGroupSize;
    }

    /** The groups (by name) whose figures must not be shown, given each group's number of respondents. */
    public Set<String> suppressed(Map<String, Long> respondentsPerGroup) {
        Set<String> suppressed = new LinkedHashSet<>();
        respondentsPerGroup.forEach((group, n) -> {
            if (n > 0 && tooSmall(n)) {
                suppressed.add(group);
            }
        });
        if (suppressed.size() == 1) {
            respondentsPerGroup.entrySet().stream()
                    .filter(entry -> !suppressed.contains(entry.getKey()) && entry.getValue() > 0)
                    .min(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
                            .thenComparing(Map.Entry::getKey))
                    .ifPresent(entry -> suppressed.add(entry.getKey()));
        }
        return suppressed;
    }
}
