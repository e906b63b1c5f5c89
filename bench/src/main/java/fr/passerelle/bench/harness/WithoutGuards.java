package fr.passerelle.bench.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Removes the request guards and the application's own instrumentation from a context before any bean is created
 * (see {@link Instrumentation#OFF}). Found by class name, because the bench does not compile against the
 * application; a name that no longer matches fails the start, so "off" can never silently mean "on".
 *
 * <p>A plain factory post-processor, not a registry one: added to the context, a registry post-processor would run
 * before the configuration classes are parsed, when the guards' bean definitions do not exist yet.
 */
final class WithoutGuards implements BeanFactoryPostProcessor {

    private static final String GUARD_CONFIGURATION = "fr.passerelle.api.graphql.guard.GuardConfiguration";
    private static final String EXECUTION_ID_LOGGING = "fr.passerelle.api.graphql.ExecutionIdLogging";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        String guards = beanOfClass(registry, GUARD_CONFIGURATION);
        List<String> removed = new ArrayList<>();
        for (String name : registry.getBeanDefinitionNames()) {
            if (guards.equals(registry.getBeanDefinition(name).getFactoryBeanName())) {
                removed.add(name);
            }
        }
        removed.add(guards);
        removed.add(beanOfClass(registry, EXECUTION_ID_LOGGING));
        removed.forEach(registry::removeBeanDefinition);
    }

    private static String beanOfClass(BeanDefinitionRegistry registry, String className) {
        return Arrays.stream(registry.getBeanDefinitionNames())
                .filter(name -> {
                    BeanDefinition definition = registry.getBeanDefinition(name);
                    return className.equals(definition.getBeanClassName());
                })
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No bean of class " + className
                        + " in the application any more: update the bench's switch for guards and instrumentation"));
    }
}
