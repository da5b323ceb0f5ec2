package formcoach.timer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import formcoach.store.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routine file format (built-in assets, import and export): one JSON object shaped like
 * {@link Routine}. Errors are turned into one line that names the step and the field.
 */
public final class RoutineJson {
    private static final Pattern MISSING = Pattern.compile("^'([^']+)' is missing");
    // a half second cannot become 0 or 1 behind the person's back
    private static final ObjectReader READER = Json.mapper().readerFor(Routine.class)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private RoutineJson() {
    }

    /** Reads one routine; does not validate it (see {@link RoutineValidator}). */
    public static Routine parse(byte[] bytes) throws RoutineException {
        JsonNode tree;
        try {
            if (bytes.length == 0) {
                throw new RoutineException("the file is empty");
            }
            tree = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RoutineException("not valid JSON: " + formcoach.store.Json.plainMessage(e) + lineOf(e), e);
        } catch (IOException e) {
            throw new RoutineException("could not be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new RoutineException("the file must hold one routine: a JSON object with id, name, kind and steps");
        }
        try {
            Routine r = READER.readValue(tree);
            if (r == null) {
                throw new RoutineException("the file must hold one routine");
            }
            return r;
        } catch (JsonParseException e) {
            throw new RoutineException("not valid JSON: " + formcoach.store.Json.plainMessage(e) + lineOf(e), e);
        } catch (JsonMappingException e) {
            throw new RoutineException(describe(e, tree), e);
        } catch (IOException e) {
            throw new RoutineException("could not be read: " + e.getMessage(), e);
        }
    }

    /** The routine as pretty-printed UTF-8 JSON; absent optional fields are left out. */
    public static byte[] write(Routine r) {
        try {
            return Json.mapper().writeValueAsBytes(r);
        } catch (JsonProcessingException e) {
            // records of strings and numbers always encode; anything else is a programming error
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(Routine r) {
        return new String(write(r), StandardCharsets.UTF_8);
    }

    static String describe(JsonMappingException e, JsonNode tree) {
        List<JsonMappingException.Reference> path = e.getPath();
        String where = "";
        String field = null;
        int step = -1;
        if (path.size() >= 2 && "steps".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            step = path.get(1).getIndex();
            JsonNode name = tree.path("steps").path(step).path("name");
            where = RoutineValidator.stepLabel(step, name.isTextual() ? name.asText() : null) + ": ";
            if (path.size() >= 3) {
                field = path.get(2).getFieldName();
            }
        } else if (!path.isEmpty()) {
            field = path.get(0).getFieldName();
        }
        String msg = formcoach.store.Json.plainMessage(e);
        Matcher missing = MISSING.matcher(msg);
        if (missing.find()) {
            return where + missing.group(1) + " is missing";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return where + "unknown field '" + u.getPropertyName() + "'" + (step >= 0
                    ? " (a step has exerciseId, name, seconds, sides, reps, note)"
                    : " (a routine has id, name, kind, description, steps)");
        }
        String f = field == null ? "value" : field;
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Class<?> t = mie.getTargetType();
            String got = e instanceof InvalidFormatException ife ? ", got " + shortValue(ife.getValue()) : gotFromTree(tree, step, field);
            if (t == int.class || t == Integer.class) {
                return where + f + " must be a whole number" + got;
            }
            if (t == String.class) {
                return where + f + " must be text" + got;
            }
            if (t == RoutineKind.class) {
                return where + f + " must be warmup, cooldown or custom" + got;
            }
            if (List.class.isAssignableFrom(t)) {
                return where + f + " must be a list of steps" + got;
            }
            if (t == RoutineStep.class || t == Routine.class) {
                return where + "must be an object with exerciseId, name, seconds and sides" + got;
            }
        }
        return where + f + ": " + msg;
    }

    private static String gotFromTree(JsonNode tree, int step, String field) {
        if (field == null) {
            return "";
        }
        JsonNode n = step >= 0 ? tree.path("steps").path(step).path(field) : tree.path(field);
        return n.isMissingNode() ? "" : ", got " + shortValue(n);
    }

    private static String shortValue(Object v) {
        String s = v instanceof String str ? '"' + str + '"' : String.valueOf(v);
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " (line " + e.getLocation().getLineNr() + ")" : "";
    }
}
