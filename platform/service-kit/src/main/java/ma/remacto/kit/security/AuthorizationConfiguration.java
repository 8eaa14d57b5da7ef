package ma.remacto.kit.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wires {@link Allow}: the interceptor, the {@link Authorized} parameter, and a check at start-up
 * that every endpoint of the service other than a plain read declares who may call it, with a
 * target the service can resolve. A service with an undeclared write does not start.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationConfiguration implements WebMvcConfigurer {

    private static final Set<RequestMethod> READS = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    private final AuthorizationInterceptor interceptor;
    private final TargetResolver targets;

    AuthorizationConfiguration(List<Targets> targets, Pseudonyms pseudonyms, JsonMapper json) {
        this.targets = new TargetResolver(targets, json);
        this.interceptor = new AuthorizationInterceptor(this.targets, pseudonyms);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Authorized.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Object authorized = request.getAttribute(AuthorizationInterceptor.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (authorized == null) {
                    throw new IllegalStateException(parameter.getExecutable() + " takes Authorized but declares no @Allow");
                }
                return authorized;
            }
        });
    }

    @Bean
    SmartInitializingSingleton everyWriteDeclaresWhoMayCallIt(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return () -> {
            List<String> problems = problems(mappings.getHandlerMethods(), targets);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("endpoints without a valid @Allow:\n  " + String.join("\n  ", problems));
            }
        };
    }

    static List<String> problems(Map<RequestMappingInfo, HandlerMethod> handlers, TargetResolver targets) {
        List<String> problems = new ArrayList<>();
        handlers.forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("ma.remacto")) {
                return;
            }
            Allow allow = handler.getMethodAnnotation(Allow.class);
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            boolean read = !methods.isEmpty() && READS.containsAll(methods);
            String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            if (allow == null) {
                if (!read) {
                    problems.add(name + " " + mapping + ": a write needs @Allow");
                }
                return;
            }
            if (Arrays.asList(allow.value()).contains(Role.COLLECTIVITY_ADMIN) && allow.target().isEmpty()) {
                problems.add(name + ": a collectivity admin may only act on a target; name it in @Allow(target)");
            }
            if (!allow.target().isEmpty()) {
                targets.problemWith(allow.target()).ifPresent(problem -> problems.add(name + ": " + problem));
            }
        });
        problems.sort(null);
        return problems;
    }
}
