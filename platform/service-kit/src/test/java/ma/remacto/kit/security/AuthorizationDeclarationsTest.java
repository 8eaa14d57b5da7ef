package ma.remacto.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationDeclarationsTest {

    private static final TargetResolver TARGETS = new TargetResolver(List.of(new Targets() {
        @Override
        public Set<String> kinds() {
            return Set.of("process");
        }

        @Override
        public Optional<String> collectivityOf(String kind, String id) {
            return Optional.empty();
        }
    }), JsonMapper.builder().build());

    static class Endpoints {
        void undeclaredWrite() {
        }

        void read() {
        }

        @Allow(Role.COLLECTIVITY_ADMIN)
        void adminWithoutTarget() {
        }

        @Allow(value = Role.COLLECTIVITY_ADMIN, target = "program:{id}")
        void unknownKind() {
        }

        @Allow(value = Role.COLLECTIVITY_ADMIN, target = "process:{id}")
        void declared() {
        }
    }

    private static Map<RequestMappingInfo, HandlerMethod> mapping(String method, RequestMethod verb) throws Exception {
        Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
        handlers.put(RequestMappingInfo.paths("/api/" + method).methods(verb).build(),
                new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(method)));
        return handlers;
    }

    @Test
    void aWriteWithoutAllowStopsTheServiceFromStarting() throws Exception {
        assertThat(AuthorizationConfiguration.problems(mapping("undeclaredWrite", RequestMethod.POST), TARGETS))
                .singleElement().asString().contains("a write needs @Allow");
    }

    @Test
    void aPlainReadNeedsNoDeclaration() throws Exception {
        assertThat(AuthorizationConfiguration.problems(mapping("read", RequestMethod.GET), TARGETS)).isEmpty();
    }

    @Test
    void anAdminEndpointMustNameItsTarget() throws Exception {
        assertThat(AuthorizationConfiguration.problems(mapping("adminWithoutTarget", RequestMethod.POST), TARGETS))
                .singleElement().asString().contains("name it in @Allow(target)");
    }

    @Test
    void aTargetKindNoServiceBeanResolvesIsRefused() throws Exception {
        assertThat(AuthorizationConfiguration.problems(mapping("unknownKind", RequestMethod.PUT), TARGETS))
                .singleElement().asString().contains("no Targets bean answers for the kind 'program'");
    }

    @Test
    void aDeclaredWriteWithAKnownTargetIsFine() throws Exception {
        assertThat(AuthorizationConfiguration.problems(mapping("declared", RequestMethod.DELETE), TARGETS)).isEmpty();
    }
}
