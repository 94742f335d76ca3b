# The image of one Fikr service (survey-service, analytics-service or dashboard), made from the runnable jar
# that Maven built: run `./fikr build` (or `./mvnw -B -DskipTests package`) before
# `docker compose build`. docker-compose.yml passes MODULE; the build context is the repository root.
FROM eclipse-temurin:25-jre-noble

# curl serves the compose healthchecks; fontconfig and DejaVu give Java2D its logical fonts (the reports embed their
# own DejaVu from the jar, but the chart library may ask the system for "SansSerif"); the service runs as an
# unprivileged user, and keeps what it must (the dashboard's users) in /var/lib/fikr, a volume.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin fikr \
    && install -d -o fikr -m 0700 /var/lib/fikr

ARG MODULE
ARG VERSION=0.1.0-SNAPSHOT
COPY ${MODULE}/target/${MODULE}-${VERSION}-exec.jar /app/app.jar

USER fikr
WORKDIR /tmp
# The heap follows the container's memory limit; an OutOfMemoryError restarts the container.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
