package ma.remacto.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the published language in step: every event record has a JSON Schema whose properties are
 * exactly its components with matching JSON types, and every event type is a message of the
 * AsyncAPI document on the topic the record is published on. Superseded revisions keep their
 * schema and a deprecated message, and their data must still read into the current record, or
 * into a legacy record of exactly their shape when a later revision changed a field's type.
 */
class PublishedLanguageContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ASYNCAPI_LOCATION = "/remacto/asyncapi.yaml";
    private static final String SCHEMAS_DIRECTORY = "/remacto/schemas";
    private static final String JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final Pattern TYPE_NAME =
            Pattern.compile("^(ma\\.remacto\\.(network|participation|programs|reporting)\\.[A-Z][A-Za-z]+)\\.v([0-9]+)$");

    /** The CloudEvents 1.0 attributes every message carries as {@code ce_} headers. */
    private static final List<String> CLOUDEVENTS_ATTRIBUTES =
            List.of("specversion", "id", "source", "type", "subject", "time");

    static Stream<Class<? extends Record>> events() {
        return PublishedLanguage.EVENTS.stream();
    }

    /** Each superseded type with the record its data reads into. */
    static Stream<Arguments> superseded() {
        return PublishedLanguage.SUPERSEDED.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    // ---------------------------------------------------------------- the list of events

    @Test
    void thePublishedLanguageListsEachEventTypeOnce() {
        assertThat(PublishedLanguage.EVENTS).as("PublishedLanguage.EVENTS").isNotEmpty().doesNotHaveDuplicates();
        List<String> types = PublishedLanguage.EVENTS.stream().map(PublishedLanguage::typeOf).toList();
        assertThat(types).as("CloudEvents types of PublishedLanguage.EVENTS").doesNotHaveDuplicates();
        assertThat(PublishedLanguage.SUPERSEDED.keySet()).as("superseded types are not current types")
                .doesNotContainAnyElementsOf(types);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void typeNamesFollowTheConvention(Class<? extends Record> event) {
        String type = PublishedLanguage.typeOf(event);
        assertThat(type).as("type of %s", event.getName()).matches(TYPE_NAME);
        assertThat(PublishedLanguage.classOf(type)).as("classOf(typeOf(%s))", event.getSimpleName())
                .isEqualTo(Optional.of(event));
        assertThat(event.getSimpleName()).as("record name of %s", type).endsWith("Event");
    }

    @Test
    void anUnknownTypeHasNoClass() {
        assertThat(PublishedLanguage.classOf("ma.remacto.network.NoSuchThing.v1")).isEmpty();
        assertThat(PublishedLanguage.classOf("ma.remacto.network.AdmissionDecided.v0")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("superseded")
    void aSupersededTypeIsAnEarlierRevisionThatReadsIntoItsCurrentRecord(String type, Class<? extends Record> event) {
        Class<? extends Record> currentRecord = currentOf(type);
        if (PublishedLanguage.EVENTS.contains(event)) {
            assertThat(event).as("record of superseded %s", type).isEqualTo(currentRecord);
        } else {
            assertThat(event.isAnnotationPresent(PublishedEvent.class)).as("legacy record %s is not published", event)
                    .isFalse();
            assertThat(event.getPackageName()).as("package of legacy record %s", event).isEqualTo(currentRecord.getPackageName());
            assertThat(event.getSimpleName()).as("legacy record of %s", type).isEqualTo("Legacy" + currentRecord.getSimpleName());
        }
        assertThat(PublishedLanguage.classOf(type)).as("classOf(%s)", type).isEqualTo(Optional.of(event));
        Matcher superseded = TYPE_NAME.matcher(type);
        Matcher current = TYPE_NAME.matcher(PublishedLanguage.typeOf(currentRecord));
        assertThat(superseded.matches()).as("type name %s", type).isTrue();
        assertThat(current.matches()).isTrue();
        assertThat(superseded.group(1)).as("%s names the same event as %s", type, PublishedLanguage.typeOf(currentRecord))
                .isEqualTo(current.group(1));
        assertThat(Integer.parseInt(superseded.group(3))).as("revision of %s", type)
                .isPositive().isLessThan(Integer.parseInt(current.group(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eventsAreRecordsWithJavadocContexts(Class<? extends Record> event) {
        assertThat(event.isRecord()).as("%s is a record", event.getName()).isTrue();
        PublishedEvent published = event.getAnnotation(PublishedEvent.class);
        assertThat(published).as("@PublishedEvent on %s", event.getName()).isNotNull();
        assertThat(published.version()).as("version of %s", event.getName()).isPositive();
        assertThat(event.getPackageName()).as("package of %s", event.getName())
                .isEqualTo("ma.remacto.events." + published.context());
        assertThat(PublishedLanguage.topicOf(event)).as("topic of %s", event.getName()).isIn(topics());
    }

    // ---------------------------------------------------------------- JSON Schemas

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventTypeHasASchemaWhosePropertiesAreTheRecordComponents(Class<? extends Record> event) {
        String type = PublishedLanguage.typeOf(event);
        JsonNode schema = schemaOf(type);
        List<String> components = componentNames(event);

        assertIsAClosedObject(type, schema);
        assertThat(schema.path("deprecated").asBoolean(false)).as("%s: a current type is not deprecated", type).isFalse();
        assertThat(fieldNames(schema.path("properties"))).as("%s: properties vs record components", type)
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(texts(schema.path("required"))).as("%s: required vs record components", type)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everySchemaPropertyHasTheJsonTypeOfItsRecordComponent(Class<? extends Record> event) {
        String type = PublishedLanguage.typeOf(event);
        JsonNode properties = schemaOf(type).path("properties");
        for (RecordComponent component : event.getRecordComponents()) {
            JsonNode property = properties.path(component.getName());
            assertThat(property.isObject()).as("%s: property %s", type, component.getName()).isTrue();
            assertMatches(type + "." + component.getName(), property, component.getGenericType());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void enumComponentsListExactlyTheJavaEnumConstants(Class<? extends Record> event) {
        String type = PublishedLanguage.typeOf(event);
        JsonNode properties = schemaOf(type).path("properties");
        for (RecordComponent component : event.getRecordComponents()) {
            if (component.getType().isEnum()) {
                assertThat(nonNullTexts(properties.path(component.getName()).path("enum")))
                        .as("%s.%s: enum vs constants of %s", type, component.getName(), component.getType().getName())
                        .containsExactlyElementsOf(constantsOf(component.getType()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void enumComponentsArePartOfThePublishedLanguage(Class<? extends Record> event) {
        for (RecordComponent component : event.getRecordComponents()) {
            if (component.getType().isEnum()) {
                assertThat(component.getType().getPackageName())
                        .as("%s.%s: enum %s", event.getSimpleName(), component.getName(), component.getType().getName())
                        .startsWith(PublishedLanguage.class.getPackageName());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everySchemaIsNamedAndDescribedForItsType(Class<? extends Record> event) {
        assertIsNamedAndDescribed(PublishedLanguage.typeOf(event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("superseded")
    void everySupersededTypeKeepsItsDeprecatedSchema(String type, Class<? extends Record> event) {
        assertIsNamedAndDescribed(type);
        JsonNode schema = schemaOf(type);
        assertIsAClosedObject(type, schema);
        assertThat(schema.path("deprecated").asBoolean(false)).as("%s: deprecated", type).isTrue();
        assertThat(texts(schema.path("required"))).as("%s: required vs properties", type)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(fieldNames(schema.path("properties")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("superseded")
    void supersededDataReadsIntoTheCurrentRecord(String type, Class<? extends Record> event) {
        JsonNode properties = schemaOf(type).path("properties");
        JsonNode currentProperties = schemaOf(PublishedLanguage.typeOf(currentOf(type))).path("properties");
        assertThat(componentNames(event)).as("%s: every property is still a component of %s", type, event.getSimpleName())
                .containsAll(fieldNames(properties));
        if (!PublishedLanguage.EVENTS.contains(event)) {
            assertThat(fieldNames(properties)).as("%s: a legacy record has exactly its shape", type)
                    .containsExactlyInAnyOrderElementsOf(componentNames(event));
        }
        for (RecordComponent component : event.getRecordComponents()) {
            String where = type + "." + component.getName();
            if (properties.has(component.getName())) {
                assertMatches(where, properties.path(component.getName()), component.getGenericType());
            } else {
                assertThat(component.getType().isPrimitive()).as("%s: added later, so it reads as null", where).isFalse();
                assertThat(declaredTypes(currentProperties.path(component.getName())))
                        .as("%s: added after this revision, so the current schema allows null", where).contains("null");
            }
        }
    }

    /** The current record of the event a type names, whichever revision the type is. */
    private static Class<? extends Record> currentOf(String type) {
        Matcher named = TYPE_NAME.matcher(type);
        assertThat(named.matches()).as("type name %s", type).isTrue();
        return PublishedLanguage.EVENTS.stream()
                .filter(event -> PublishedLanguage.typeOf(event).startsWith(named.group(1) + ".v"))
                .findFirst()
                .orElseGet(() -> fail("no current revision of %s", type));
    }

    private static void assertIsNamedAndDescribed(String type) {
        JsonNode schema = schemaOf(type);
        assertThat(schema.path("$schema").asText()).as("%s: $schema", type).isEqualTo(JSON_SCHEMA_DIALECT);
        assertThat(schema.path("$id").asText()).as("%s: $id", type).isEqualTo("urn:remacto:schema:" + type);
        assertThat(schema.path("title").asText()).as("%s: title", type).isEqualTo(type);
        assertThat(schema.path("description").asText()).as("%s: description", type).isNotBlank();
        for (String name : fieldNames(schema.path("properties"))) {
            assertThat(schema.path("properties").path(name).path("description").asText())
                    .as("%s: description of %s", type, name).isNotBlank();
        }
    }

    private static void assertIsAClosedObject(String type, JsonNode schema) {
        assertThat(schema.path("type").asText()).as("%s: type", type).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                .as("%s: additionalProperties is false", type).isTrue();
    }

    @Test
    void aSchemaFileExistsOnlyForACurrentOrSupersededType() throws IOException, URISyntaxException {
        URL directory = PublishedLanguageContractTest.class.getResource(SCHEMAS_DIRECTORY);
        assertThat(directory).as("classpath directory %s", SCHEMAS_DIRECTORY).isNotNull();
        assertThat(directory.getProtocol()).as("%s is a directory on the test classpath", SCHEMAS_DIRECTORY)
                .isEqualTo("file");
        Set<String> files;
        try (Stream<Path> listing = Files.list(Path.of(directory.toURI()))) {
            files = listing.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> expected = Stream.concat(PublishedLanguage.EVENTS.stream().map(PublishedLanguage::typeOf),
                        PublishedLanguage.SUPERSEDED.keySet().stream())
                .map(type -> type + ".json").collect(Collectors.toSet());
        assertThat(files).as("files in %s", SCHEMAS_DIRECTORY).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ---------------------------------------------------------------- AsyncAPI

    @Test
    void everyEventTypeIsInTheAsyncApiDocument() {
        String text = asyncApiText();
        Stream<String> types = Stream.concat(PublishedLanguage.EVENTS.stream().map(PublishedLanguage::typeOf),
                PublishedLanguage.SUPERSEDED.keySet().stream());
        types.forEach(type -> {
            assertThat(text).as("asyncapi.yaml names message %s", type).contains("name: " + type);
            assertThat(text).as("asyncapi.yaml refers to the schema of %s", type)
                    .contains("$ref: './schemas/" + type + ".json'");
        });
        for (String topic : topics()) {
            assertThat(text).as("asyncapi.yaml has a channel for %s", topic).contains("address: " + topic);
        }
        for (String attribute : metadataAttributes()) {
            assertThat(text).as("asyncapi.yaml documents extension attribute %s", attribute)
                    .contains("ce_" + attribute);
        }
    }

    @Test
    void theAsyncApiDocumentHasOneChannelPerTopic() {
        JsonNode document = asyncApi();
        assertThat(document.path("asyncapi").asText()).as("AsyncAPI version").isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).as("channel addresses vs Topics").containsExactlyInAnyOrderElementsOf(topics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theAsyncApiDocumentSendsEveryEventTypeOnItsTopic(Class<? extends Record> event) {
        String type = PublishedLanguage.typeOf(event);
        JsonNode document = asyncApi();
        String messageRef = assertDocumentedOnItsTopic(document, type, event);
        assertThat(resolve(document, document.at(messageRef.substring(1))).path("deprecated").asBoolean(false))
                .as("%s: a current type is not deprecated", type).isFalse();
        assertThat(sentMessages(document)).as("messages of the send operations").contains(messageRef);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("superseded")
    void aSupersededTypeStaysOnItsTopicAsADeprecatedMessageNoLongerSent(String type, Class<? extends Record> event) {
        JsonNode document = asyncApi();
        String messageRef = assertDocumentedOnItsTopic(document, type, currentOf(type));
        assertThat(resolve(document, document.at(messageRef.substring(1))).path("deprecated").asBoolean(false))
                .as("%s: deprecated", type).isTrue();
        assertThat(sentMessages(document)).as("messages of the send operations").doesNotContain(messageRef);
    }

    @Test
    void everyAsyncApiMessageIsAnEventTypeOfItsChannelsTopic() {
        JsonNode document = asyncApi();
        JsonNode channels = document.path("channels");
        for (String channelId : fieldNames(channels)) {
            String address = channels.path(channelId).path("address").asText();
            JsonNode messages = channels.path(channelId).path("messages");
            List<String> names = new ArrayList<>();
            for (String id : fieldNames(messages)) {
                String name = resolve(document, messages.path(id)).path("name").asText();
                names.add(name);
                Optional<Class<? extends Record>> event = PublishedLanguage.classOf(name);
                assertThat(event).as("message %s of channel %s is a current or superseded event type", name, channelId)
                        .isPresent();
                assertThat(PublishedLanguage.topicOf(currentOf(name))).as("topic of %s", name).isEqualTo(address);
            }
            assertThat(names).as("message names of channel %s", channelId).doesNotHaveDuplicates();
        }
        for (String operationId : fieldNames(document.path("operations"))) {
            JsonNode operation = document.path("operations").path(operationId);
            assertThat(operation.path("action").asText()).as("action of %s", operationId).isEqualTo("send");
            String channelRef = operation.path("channel").path("$ref").asText();
            assertThat(resolve(document, operation.path("channel")).path("address").asText())
                    .as("channel of %s", operationId).isIn(topics());
            assertThat(operation.path("messages").size()).as("messages of %s", operationId).isPositive();
            operation.path("messages").forEach(ref -> assertThat(ref.path("$ref").asText())
                    .as("message of %s belongs to its channel", operationId)
                    .startsWith(channelRef + "/messages/"));
        }
    }

    /**
     * Asserts that the channel of the record's topic has a message named {@code type} with the
     * type's schema as payload and every CloudEvents header; answers the message's {@code $ref}.
     */
    private static String assertDocumentedOnItsTopic(JsonNode document, String type, Class<? extends Record> event) {
        String channelId = channelIdOf(document, PublishedLanguage.topicOf(event));
        assertThat(channelId).as("channel with address %s", PublishedLanguage.topicOf(event)).isNotNull();

        JsonNode channelMessages = document.path("channels").path(channelId).path("messages");
        String messageId = null;
        for (String id : fieldNames(channelMessages)) {
            if (type.equals(resolve(document, channelMessages.path(id)).path("name").asText())) {
                messageId = id;
            }
        }
        assertThat(messageId).as("message named %s in channel %s", type, channelId).isNotNull();

        JsonNode message = resolve(document, channelMessages.path(messageId));
        String payloadRef = message.path("payload").path("$ref").asText();
        assertThat(payloadRef).as("%s: payload $ref", type).isEqualTo("./schemas/" + type + ".json");
        assertThat("/remacto/" + payloadRef.substring(2)).as("%s: payload location", type)
                .isEqualTo(PublishedLanguage.schemaLocation(type));

        JsonNode headers = resolve(document, message.path("headers"));
        List<String> expectedHeaders = Stream.concat(CLOUDEVENTS_ATTRIBUTES.stream(), metadataAttributes().stream())
                .map(attribute -> "ce_" + attribute).toList();
        assertThat(fieldNames(headers.path("properties"))).as("%s: headers", type).containsAll(expectedHeaders);
        return "#/channels/" + channelId + "/messages/" + messageId;
    }

    /** The message {@code $ref}s of every send operation, qualified by their operation's channel. */
    private static List<String> sentMessages(JsonNode document) {
        List<String> sent = new ArrayList<>();
        for (JsonNode operation : document.path("operations")) {
            if ("send".equals(operation.path("action").asText())) {
                operation.path("messages").forEach(ref -> sent.add(ref.path("$ref").asText()));
            }
        }
        return sent;
    }

    // ---------------------------------------------------------------- JSON type mapping

    /** Shapes beyond the plain scalars, as event records declare them. */
    private record Shapes(List<String> collectivityIds, Gender gender, List<Slot> agenda,
                          Map<Gender, Integer> byGender, Instant opensAt, Integer collected, int counted,
                          UUID unmapped, Map<Integer, String> byNumber, BigDecimal costMad, BigDecimal revisedCost,
                          boolean cancelled, Boolean confirmed, List<Finding> findings, double share,
                          DayOfWeek weekday) {
    }

    /** A record nested in an event that declares its own enum, as a project's funding does. */
    private record Finding(int number, Level level, Level previous) {

        enum Level {
            LOW,
            HIGH
        }
    }

    /** A record nested in an event, as agenda slots and tally lines are. */
    private record Slot(String startsAt, int minutes) {
    }

    private static Type shape(String component) {
        return Arrays.stream(Shapes.class.getRecordComponents())
                .filter(c -> c.getName().equals(component)).findFirst().orElseThrow().getGenericType();
    }

    private static void assertRejected(String where, Type javaType, String... wrongSchemas) throws IOException {
        for (String wrong : wrongSchemas) {
            JsonNode property = JSON.readTree(wrong);
            assertThatThrownBy(() -> assertMatches(where, property, javaType))
                    .as("%s as %s", javaType.getTypeName(), wrong).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aListOfNestedRecordsIsAnArrayOfClosedObjectsOfTheirComponents() throws IOException {
        Type agenda = shape("agenda");
        assertMatches("agenda", JSON.readTree("""
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"},
                                 "minutes": {"type": "integer", "description": "length"}},
                  "required": ["startsAt", "minutes"]}}"""), agenda);
        assertRejected("agenda", agenda, """
                {"type": "array", "items": {"type": "object",
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"},
                                 "minutes": {"type": "integer", "description": "length"}},
                  "required": ["startsAt", "minutes"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"}},
                  "required": ["startsAt"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"},
                                 "minutes": {"type": "integer", "description": "length"},
                                 "room": {"type": "string", "description": "where"}},
                  "required": ["startsAt", "minutes", "room"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"},
                                 "minutes": {"type": "integer", "description": "length"}},
                  "required": ["startsAt"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string", "description": "HH:mm"},
                                 "minutes": {"type": ["integer", "null"], "description": "length"}},
                  "required": ["startsAt", "minutes"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"startsAt": {"type": "string"},
                                 "minutes": {"type": "integer", "description": "length"}},
                  "required": ["startsAt", "minutes"]}}""", """
                {"type": "array", "items": {"type": "string"}}""");
    }

    @Test
    void aMapWithEnumKeysListsTheConstantsAsPropertyNames() throws IOException {
        Type byGender = shape("byGender");
        assertMatches("byGender", JSON.readTree("""
                {"type": "object", "propertyNames": {"enum": ["WOMAN", "MAN", "UNSPECIFIED"]},
                 "additionalProperties": {"type": "integer"}}"""), byGender);
        assertRejected("byGender", byGender, """
                {"type": "object", "additionalProperties": {"type": "integer"}}""", """
                {"type": "object", "propertyNames": {"enum": ["WOMAN", "MAN"]},
                 "additionalProperties": {"type": "integer"}}""", """
                {"type": "object", "propertyNames": {"enum": ["WOMAN", "MAN", "UNSPECIFIED", null]},
                 "additionalProperties": {"type": "integer"}}""", """
                {"type": "object", "propertyNames": {"enum": ["WOMAN", "MAN", "UNSPECIFIED"]},
                 "additionalProperties": {"type": ["integer", "null"]}}""", """
                {"type": "object", "propertyNames": {"enum": ["WOMAN", "MAN", "UNSPECIFIED"]},
                 "additionalProperties": {"type": "number"}}""");
    }

    @Test
    void anInstantIsADateTimeString() throws IOException {
        Type opensAt = shape("opensAt");
        assertMatches("opensAt", JSON.readTree("""
                {"type": "string", "format": "date-time"}"""), opensAt);
        assertRejected("opensAt", opensAt, """
                {"type": "string"}""", """
                {"type": "string", "format": "date"}""", """
                {"type": "integer", "format": "date-time"}""");
    }

    @Test
    void anIntegerMayBeNullButAnIntNever() throws IOException {
        assertMatches("collected", JSON.readTree("""
                {"type": ["integer", "null"]}"""), shape("collected"));
        assertMatches("counted", JSON.readTree("""
                {"type": "integer"}"""), shape("counted"));
        assertRejected("collected", shape("collected"), """
                {"type": ["number", "null"]}""", """
                {"type": "string"}""");
        assertRejected("counted", shape("counted"), """
                {"type": ["integer", "null"]}""", """
                {"type": "number"}""");
    }

    @Test
    void aTypeWithoutAWireFormFailsTheContract() throws IOException {
        JsonNode string = JSON.readTree("""
                {"type": "string"}""");
        assertThatThrownBy(() -> assertMatches("unmapped", string, shape("unmapped")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no JSON Schema mapping for java.util.UUID");
        JsonNode byNumber = JSON.readTree("""
                {"type": "object", "additionalProperties": {"type": "string"}}""");
        assertThatThrownBy(() -> assertMatches("byNumber", byNumber, shape("byNumber")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("map keys of type java.lang.Integer");
    }

    @Test
    void aBigDecimalIsAJsonNumberNeverAnIntegerNorAString() throws IOException {
        assertMatches("costMad", JSON.readTree("""
                {"type": "number", "minimum": 0}"""), shape("costMad"));
        assertMatches("revisedCost", JSON.readTree("""
                {"type": ["number", "null"]}"""), shape("revisedCost"));
        assertRejected("costMad", shape("costMad"), """
                {"type": "integer"}""", """
                {"type": "string"}""", """
                {"type": ["number", "string"]}""");
        assertRejected("revisedCost", shape("revisedCost"), """
                {"type": ["integer", "null"]}""", """
                {"type": ["string", "null"]}""");
    }

    @Test
    void binaryFloatingPointHasNoWireFormInThePublishedLanguage() throws IOException {
        JsonNode number = JSON.readTree("""
                {"type": "number"}""");
        assertThatThrownBy(() -> assertMatches("share", number, shape("share")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("binary floating point");
    }

    @Test
    void aBooleanIsAJsonBooleanThatOnlyItsWrapperMayLeaveNull() throws IOException {
        assertMatches("cancelled", JSON.readTree("""
                {"type": "boolean"}"""), shape("cancelled"));
        assertMatches("confirmed", JSON.readTree("""
                {"type": ["boolean", "null"]}"""), shape("confirmed"));
        assertRejected("cancelled", shape("cancelled"), """
                {"type": ["boolean", "null"]}""", """
                {"type": "string"}""", """
                {"type": "integer"}""");
        assertRejected("confirmed", shape("confirmed"), """
                {"type": ["string", "null"]}""");
    }

    @Test
    void anEnumDeclaredInsideANestedRecordListsItsConstants() throws IOException {
        Type findings = shape("findings");
        assertMatches("findings", JSON.readTree("""
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"number": {"type": "integer", "description": "the project"},
                                 "level": {"type": "string", "enum": ["LOW", "HIGH"], "description": "now"},
                                 "previous": {"type": ["string", "null"], "enum": ["LOW", "HIGH", null],
                                              "description": "before, if any"}},
                  "required": ["number", "level", "previous"]}}"""), findings);
        assertRejected("findings", findings, """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"number": {"type": "integer", "description": "the project"},
                                 "level": {"type": "string", "description": "now"},
                                 "previous": {"type": ["string", "null"], "enum": ["LOW", "HIGH", null],
                                              "description": "before, if any"}},
                  "required": ["number", "level", "previous"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"number": {"type": "integer", "description": "the project"},
                                 "level": {"type": "string", "enum": ["HIGH", "LOW"], "description": "now"},
                                 "previous": {"type": ["string", "null"], "enum": ["LOW", "HIGH", null],
                                              "description": "before, if any"}},
                  "required": ["number", "level", "previous"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"number": {"type": "integer", "description": "the project"},
                                 "level": {"type": "string", "enum": ["LOW", "HIGH"], "description": "now"},
                                 "previous": {"type": ["string", "null"], "enum": ["LOW", null],
                                              "description": "before, if any"}},
                  "required": ["number", "level", "previous"]}}""", """
                {"type": "array", "items": {"type": "object", "additionalProperties": false,
                  "properties": {"number": {"type": "integer", "description": "the project"},
                                 "level": {"type": "integer", "enum": ["LOW", "HIGH"], "description": "now"},
                                 "previous": {"type": ["string", "null"], "enum": ["LOW", "HIGH", null],
                                              "description": "before, if any"}},
                  "required": ["number", "level", "previous"]}}""");
    }

    @Test
    void anEnumOutsideThePublishedLanguageFailsTheContract() throws IOException {
        JsonNode days = JSON.readTree("""
                {"type": "string", "enum": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                                            "SUNDAY"]}""");
        assertThatThrownBy(() -> assertMatches("weekday", days, shape("weekday")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.time.DayOfWeek");
    }

    @Test
    void aListOfStringsIsAJsonArrayOfStrings() throws IOException {
        Type list = shape("collectivityIds");
        assertMatches("collectivityIds", JSON.readTree("""
                {"type": "array", "items": {"type": "string"}}"""), list);
        for (String wrong : List.of("""
                        {"type": "string"}""", """
                        {"type": "array"}""", """
                        {"type": "array", "items": {"type": "integer"}}""", """
                        {"type": "array", "items": {"type": ["string", "null"]}}""")) {
            JsonNode property = JSON.readTree(wrong);
            assertThatThrownBy(() -> assertMatches("collectivityIds", property, list))
                    .as("List<String> as %s", wrong).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void anEnumOfAnotherPackageIsAStringListingItsConstants() throws IOException {
        Type gender = shape("gender");
        assertThat(Gender.class.getPackage()).isNotEqualTo(CommitteeMemberAppointedEvent.class.getPackage());
        assertMatches("gender", JSON.readTree("""
                {"type": "string", "enum": ["WOMAN", "MAN", "UNSPECIFIED"]}"""), gender);
        for (String wrong : List.of("""
                        {"type": "string"}""", """
                        {"type": "string", "enum": ["WOMAN", "MAN"]}""", """
                        {"type": "integer", "enum": ["WOMAN", "MAN", "UNSPECIFIED"]}""")) {
            JsonNode property = JSON.readTree(wrong);
            assertThatThrownBy(() -> assertMatches("gender", property, gender))
                    .as("Gender as %s", wrong).isInstanceOf(AssertionError.class);
        }
    }

    private static void assertMatches(String where, JsonNode property, Type javaType) {
        Class<?> raw = rawClass(javaType);
        List<String> declared = declaredTypes(property);
        List<String> nonNull = declared.stream().filter(t -> !"null".equals(t)).toList();
        assertThat(nonNull).as("%s: JSON type for %s", where, javaType.getTypeName())
                .containsExactly(jsonTypeOf(raw));
        if (raw.isPrimitive()) {
            assertThat(declared).as("%s: a primitive is never null", where).doesNotContain("null");
        }
        String format = formatOf(raw);
        if (format != null) {
            assertThat(property.path("format").asText()).as("%s: format for %s", where, raw.getSimpleName())
                    .isEqualTo(format);
        }
        if (raw.isEnum()) {
            assertThat(raw.getPackageName()).as("%s: enum %s is part of the published language", where, raw.getName())
                    .startsWith(PublishedLanguage.class.getPackageName());
            assertThat(nonNullTexts(property.path("enum"))).as("%s: enum", where)
                    .containsExactlyElementsOf(constantsOf(raw));
        }
        if (raw.isRecord()) {
            assertMatchesRecord(where, property, raw);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type[] arguments = typeArguments(javaType, where);
            assertMapKeys(where, property, arguments[0]);
            JsonNode values = property.path("additionalProperties");
            assertThat(values.isObject()).as("%s: additionalProperties describes the values", where).isTrue();
            assertThat(declaredTypes(values)).as("%s: map values are never null", where).doesNotContain("null");
            assertMatches(where + "{}", values, arguments[1]);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            JsonNode items = property.path("items");
            assertThat(items.isObject()).as("%s: items", where).isTrue();
            assertThat(declaredTypes(items)).as("%s: items are never null", where).doesNotContain("null");
            assertMatches(where + "[]", items, typeArguments(javaType, where)[0]);
        }
    }

    /**
     * A record nested in an event (an agenda slot, a tally line) is a closed JSON object whose
     * properties, all required, are its components with their own JSON types.
     */
    private static void assertMatchesRecord(String where, JsonNode property, Class<?> record) {
        assertThat(record.getPackageName()).as("%s: record %s is part of the published language", where, record.getName())
                .startsWith(PublishedLanguage.class.getPackageName());
        assertThat(property.path("additionalProperties").isBoolean() && !property.path("additionalProperties").asBoolean())
                .as("%s: additionalProperties is false", where).isTrue();
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(fieldNames(property.path("properties"))).as("%s: properties vs components of %s", where,
                record.getSimpleName()).containsExactlyInAnyOrderElementsOf(components);
        assertThat(texts(property.path("required"))).as("%s: required vs components of %s", where, record.getSimpleName())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(components);
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode nested = property.path("properties").path(component.getName());
            assertThat(nested.path("description").asText()).as("%s.%s: description", where, component.getName())
                    .isNotBlank();
            assertMatches(where + "." + component.getName(), nested, component.getGenericType());
        }
    }

    /**
     * JSON property names are strings: a map is keyed by strings, or by the constants of an enum,
     * which {@code propertyNames} then lists exactly.
     */
    private static void assertMapKeys(String where, JsonNode property, Type keyType) {
        if (keyType == String.class) {
            return;
        }
        Class<?> keys = rawClass(keyType);
        if (!keys.isEnum()) {
            fail("%s: map keys of type %s have no JSON form: extend the contract test", where, keyType.getTypeName());
        }
        assertThat(nonNullTexts(property.path("propertyNames").path("enum")))
                .as("%s: propertyNames lists the constants of %s", where, keys.getName())
                .containsExactlyElementsOf(constantsOf(keys));
        assertThat(texts(property.path("propertyNames").path("enum"))).as("%s: a key is never null", where)
                .doesNotContain("null");
    }

    private static List<String> declaredTypes(JsonNode property) {
        return property.path("type").isArray() ? texts(property.path("type")) : List.of(property.path("type").asText());
    }

    private static String jsonTypeOf(Class<?> raw) {
        if (raw == String.class || raw.isEnum() || raw == LocalDate.class
                || raw == Instant.class || raw == OffsetDateTime.class) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == BigInteger.class) {
            return "integer";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            // Money, durations and percents are exact: analysts must read back what was recorded.
            return fail("%s is binary floating point: the published language uses BigDecimal", raw.getName());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return "object";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        return fail("no JSON Schema mapping for %s: extend the contract test with its wire form", raw.getName());
    }

    private static String formatOf(Class<?> raw) {
        if (raw == LocalDate.class) {
            return "date";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return "date-time";
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return fail("unsupported component type %s", type.getTypeName());
    }

    private static Type[] typeArguments(Type type, String where) {
        assertThat(type).as("%s: %s declares its type arguments", where, type.getTypeName())
                .isInstanceOf(ParameterizedType.class);
        return ((ParameterizedType) type).getActualTypeArguments();
    }

    private static List<String> constantsOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }

    // ---------------------------------------------------------------- loading

    private static final Map<String, JsonNode> SCHEMAS = new HashMap<>();

    private static JsonNode schemaOf(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            String location = PublishedLanguage.schemaLocation(t);
            try (InputStream in = PublishedLanguageContractTest.class.getResourceAsStream(location)) {
                assertThat(in).as("JSON Schema of %s at %s", t, location).isNotNull();
                JsonNode schema = JSON.readTree(in);
                assertThat(schema.isObject()).as("%s is a JSON object", location).isTrue();
                return schema;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        });
    }

    private static String asyncApiText() {
        try (InputStream in = PublishedLanguageContractTest.class.getResourceAsStream(ASYNCAPI_LOCATION)) {
            assertThat(in).as("AsyncAPI document at %s", ASYNCAPI_LOCATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ASYNCAPI_LOCATION, e);
        }
    }

    private static JsonNode asyncApi() {
        Object yaml = new Yaml().load(asyncApiText());
        assertThat(yaml).as("%s is a YAML mapping", ASYNCAPI_LOCATION).isInstanceOf(Map.class);
        return JSON.valueToTree(yaml);
    }

    /** Follows a local {@code $ref} ({@code #/...}) of the AsyncAPI document; other nodes are returned as they are. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("$ref %s resolves", ref).isFalse();
        return target;
    }

    private static String channelIdOf(JsonNode document, String address) {
        for (String id : fieldNames(document.path("channels"))) {
            if (address.equals(document.path("channels").path(id).path("address").asText())) {
                return id;
            }
        }
        return null;
    }

    private static List<String> topics() {
        List<String> topics = stringConstantsOf(Topics.class);
        assertThat(topics).as("Topics constants").isNotEmpty();
        return topics;
    }

    private static List<String> metadataAttributes() {
        List<String> attributes = stringConstantsOf(EventMetadata.class);
        assertThat(attributes).as("EventMetadata constants").isNotEmpty();
        return attributes;
    }

    /** The values of the public static final String constants of a holder class. */
    private static List<String> stringConstantsOf(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static List<String> componentNames(Class<? extends Record> event) {
        return Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("expected a JSON array, got %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> nonNullTexts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> !node.isNull()).map(JsonNode::asText).toList();
    }
}
