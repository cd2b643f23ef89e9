# syntax=docker/dockerfile:1
# Multi-stage build: the PostgreSQL build of the service (profile postgres) on a JDK, then the Quarkus
# fast-jar on a slim Java 17 JRE, as a non-root user. Checked by DockerfileTest (no Docker engine on
# the build machines).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp package -DskipTests -Dquarkus.profile=postgres

FROM eclipse-temurin:17-jre
ENV LANG=C.UTF-8 \
    QUARKUS_PROFILE=postgres \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
RUN useradd --system --uid 10001 --user-group --home-dir /work --create-home divertwatch
WORKDIR /work
# The fast-jar layout, dependencies first: they change least, so their layer is reused most.
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 10001:10001
EXPOSE 8080
# bash's /dev/tcp instead of curl or wget, which the JRE image need not contain.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/live HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
