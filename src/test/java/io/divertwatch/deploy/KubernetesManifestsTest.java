package io.divertwatch.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every manifest under {@code k8s/} parses into the fabric8 Kubernetes model with no field the model
 * does not know, and what the manifests say about the application is true of the running
 * application: probe paths answer, ports match, every metric the alert rules and the dashboard
 * query is exported. {@code promtool} lints the live metrics and the alert rules.
 */
@QuarkusTest
@TestProfile(KubernetesManifestsTest.Polling.class)
class KubernetesManifestsTest {

    /** The demo replay polls, so that the poll and alert metrics exist; OpenSky (unreachable) adds its gauge. */
    public static class Polling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Its own database: the demo watch it creates must not leak into other tests.
            return Map.of("divertwatch.source", "replay,opensky", "divertwatch.replay.speed", "400",
                    "divertwatch.opensky.url", "http://127.0.0.1:9/api", "divertwatch.opensky.token-url",
                    "http://127.0.0.1:9/token", "quarkus.datasource.jdbc.url", "jdbc:h2:mem:manifests;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Path K8S = Path.of("k8s");
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern METRIC = Pattern.compile("\\bdivertwatch_[a-z_]+");

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    private static List<HasMetadata> resources() throws IOException {
        List<HasMetadata> out = new ArrayList<>();
        for (Path file : manifests()) {
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                if (document.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("#"))) {
                    continue;
                }
                HasMetadata resource = KUBERNETES.unmarshal(document, HasMetadata.class);
                assertThat(resource).as("%s: a kind the model knows", file).isNotInstanceOf(GenericKubernetesResource.class);
                List<String> unknown = new ArrayList<>();
                unknownFields(resource, resource.getKind(), unknown, new IdentityHashMap<>());
                assertThat(unknown).as("%s: fields the Kubernetes model does not know", file).isEmpty();
                out.add(resource);
            }
        }
        return out;
    }

    /** Walks a model object; fabric8 keeps unknown fields in additionalProperties instead of failing. */
    private static void unknownFields(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(node.getClass()).getPropertyDescriptors()) {
                Method getter = property.getReadMethod();
                if (getter == null || getter.getParameterCount() > 0 || property.getName().equals("class")) {
                    continue;
                }
                Object value = getter.invoke(node);
                if (property.getName().equals("additionalProperties") && value instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                } else {
                    unknownFields(value, path + "." + property.getName(), unknown, seen);
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> ofType(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void everyManifestParsesStrictlyAndEveryKustomizationListsFilesThatExist() throws IOException {
        List<HasMetadata> resources = resources();
        assertThat(resources).extracting(HasMetadata::getKind).contains("Deployment", "Service", "ConfigMap", "Secret",
                "ServiceMonitor", "PrometheusRule", "NetworkPolicy", "PodDisruptionBudget", "StatefulSet");
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path kustomization : files.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode k = YAML.readTree(kustomization.toFile());
                for (JsonNode resource : k.path("resources")) {
                    assertThat(kustomization.getParent().resolve(resource.asText())).as("%s lists %s", kustomization, resource)
                            .exists();
                }
                for (JsonNode generator : k.path("configMapGenerator")) {
                    for (JsonNode file : generator.path("files")) {
                        String name = file.asText().contains("=") ? file.asText().split("=", 2)[1] : file.asText();
                        Path path = kustomization.getParent().resolve(name);
                        assertThat(path).exists();
                        if (name.endsWith(".json")) {
                            new ObjectMapper().readTree(path.toFile());
                        }
                    }
                }
            }
        }
    }

    @Test
    void probesPortsAndScrapeTargetsExistInTheApplication() throws IOException {
        List<HasMetadata> resources = resources();
        Deployment deployment = ofType(resources, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("divertwatch")).findFirst().orElseThrow();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        int appPort = configuredHttpPort();
        assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .contains(org.assertj.core.groups.Tuple.tuple("http", appPort));
        for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
            HTTPGetAction get = probe.getHttpGet();
            assertThat(get.getPort().getStrVal()).isEqualTo("http");
            given().get(get.getPath()).then().statusCode(200);
        }
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getSeccompProfile().getType())
                .isEqualTo("RuntimeDefault");
        assertThat(container.getResources().getLimits()).containsKey("memory");

        Service service = ofType(resources, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals("divertwatch")).findFirst().orElseThrow();
        assertThat(service.getSpec().getPorts()).allSatisfy(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
        for (ServiceMonitor monitor : ofType(resources, ServiceMonitor.class)) {
            monitor.getSpec().getEndpoints().forEach(e -> {
                assertThat(service.getSpec().getPorts()).extracting(p -> p.getName()).contains(e.getPort());
                given().get(e.getPath()).then().statusCode(200);
            });
        }
    }

    @Test
    void everyMetricTheRulesAndTheDashboardQueryIsExported() throws IOException {
        Set<String> queried = new TreeSet<>();
        for (PrometheusRule rule : ofType(resources(), PrometheusRule.class)) {
            rule.getSpec().getGroups().forEach(g -> g.getRules().forEach(r -> queried.addAll(metrics(r.getExpr().getStrVal()))));
        }
        queried.addAll(metrics(Files.readString(K8S.resolve("base/grafana-dashboard.json"))));
        Set<String> exported = new TreeSet<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            exported.clear();
            exported.addAll(exportedNames());
            return exported.contains("divertwatch_alerts_total") && exported.contains("divertwatch_polls_total");
        });
        assertThat(queried).isNotEmpty();
        assertThat(exported).containsAll(queried);
    }

    @Test
    void promtoolAcceptsTheLiveMetricsAndTheAlertRules() throws Exception {
        Promtool.assumeInstalled();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> exportedNames().contains("divertwatch_polls_total"));
        String metrics = given().header("Accept", "text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Path metricsFile = Path.of("target", "metrics.prom");
        Files.writeString(metricsFile, metrics);
        assertThat(Promtool.run(metricsFile, "check", "metrics")).as("promtool check metrics").isZero();

        Path rulesFile = Files.createTempFile("rules", ".yaml");
        Promtool.writeRuleFile(rulesFile);
        assertThat(Promtool.run(null, "check", "rules", rulesFile.toString())).as("promtool check rules").isZero();
    }

    /** The port the packaged service listens on (tests run on a random one). */
    private static int configuredHttpPort() throws IOException {
        return Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(l -> l.startsWith("quarkus.http.port=")).map(l -> Integer.parseInt(l.split("=", 2)[1].trim()))
                .findFirst().orElse(8080);
    }

    private static Set<String> exportedNames() {
        String body = given().header("Accept", "text/plain; version=0.0.4").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Set<String> names = new TreeSet<>();
        body.lines().filter(l -> l.startsWith("divertwatch_")).forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }

    private static Set<String> metrics(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(expression);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
