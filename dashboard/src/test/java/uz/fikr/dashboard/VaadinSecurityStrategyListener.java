package uz.fikr.dashboard;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context of the dashboard installs its own Vaadin-aware security context strategy as Spring Security's
 * global one. When the test JVM holds several contexts, a test reusing an older context would put its mock user
 * into the newer context's strategy, and the older context's views would see nobody logged in. Before each test,
 * this makes the test's own context's strategy the global one again, ahead of {@code @WithMockUser}.
 */
public class VaadinSecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // WithSecurityContextTestExecutionListener runs at 10000
        return 5000;
    }
}
