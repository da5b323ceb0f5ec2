package formcoach.library.ui.musclemap;

import formcoach.library.ui.musclemap.BodyArt.Drawing;
import formcoach.library.ui.musclemap.BodyArt.Part;
import formcoach.library.ui.musclemap.BodyArt.View;
import formcoach.store.Assets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the muscle map's drawing from its SVG file: {@code <path id="contour">} is the body's outer
 * line; inside {@code <g id="front">} and {@code <g id="back">}, {@code class="detail"} paths are
 * landmarks, {@code class="line"} paths open strokes, and every path with a {@code data-muscle}
 * attribute is one muscle's left half in that view ({@code class="deep"} for one under others), in
 * drawing order. Anything else in the file (fills, strokes, the transform that puts the back figure
 * beside the front one) is for a person opening the file and is ignored here.
 */
final class MuscleArt {
    private MuscleArt() {
    }

    /** Reads and checks {@code assets/<relative>}; a broken drawing is refused naming the file and the element. */
    static Drawing read(String relative) {
        Assets.AssetFile f = Assets.read(relative);
        return parse(f.bytes(), f.path());
    }

    static Drawing parse(byte[] svg, String file) {
        Document doc;
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            // our own file, but no reason to let a parser reach for anything outside it
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setExpandEntityReferences(false);
            dbf.setNamespaceAware(false);
            DocumentBuilder db = dbf.newDocumentBuilder();
            // errors come back as the exception below, not as lines on stderr
            db.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = db.parse(new ByteArrayInputStream(svg));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException(file + ": not a readable SVG file: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getTagName())) {
            throw new IllegalArgumentException(file + ": the root element is <" + root.getTagName() + ">, not <svg>");
        }
        String contour = null;
        Map<View, List<String>> details = new EnumMap<>(View.class);
        Map<View, List<String>> lines = new EnumMap<>(View.class);
        List<Part> parts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : children(root)) {
            if (e.getTagName().equals("path") && "contour".equals(e.getAttribute("id"))) {
                contour = pathData(e, file, "contour");
            } else if (e.getTagName().equals("g")) {
                View view = view(e.getAttribute("id"), file);
                if (details.containsKey(view)) {
                    throw new IllegalArgumentException(file + ": <g id=\"" + e.getAttribute("id") + "\"> appears twice");
                }
                List<String> d = new ArrayList<>();
                List<String> l = new ArrayList<>();
                for (Element p : children(e)) {
                    if (!p.getTagName().equals("path")) {
                        continue;
                    }
                    String muscle = p.getAttribute("data-muscle");
                    Set<String> classes = Set.of(p.getAttribute("class").trim().split("\\s+"));
                    String where = p.hasAttribute("id") ? "path " + p.getAttribute("id") : "a path in " + e.getAttribute("id");
                    if (!muscle.isEmpty()) {
                        String id = e.getAttribute("id") + "-" + muscle;
                        if (!id.equals(p.getAttribute("id"))) {
                            throw new IllegalArgumentException(file + ": " + where + " should have id=\"" + id + "\"");
                        }
                        if (!ids.add(id)) {
                            throw new IllegalArgumentException(file + ": " + id + " appears twice");
                        }
                        parts.add(new Part(muscle, view, pathData(p, file, where), classes.contains("deep")));
                    } else if (classes.contains("detail")) {
                        d.add(pathData(p, file, where));
                    } else if (classes.contains("line")) {
                        l.add(pathData(p, file, where));
                    } else {
                        throw new IllegalArgumentException(file + ": " + where + " is neither a muscle (data-muscle), a detail nor a line");
                    }
                }
                details.put(view, List.copyOf(d));
                lines.put(view, List.copyOf(l));
            }
        }
        if (contour == null) {
            throw new IllegalArgumentException(file + ": no <path id=\"contour\"> (the body's outer line)");
        }
        for (View v : View.values()) {
            if (!details.containsKey(v)) {
                throw new IllegalArgumentException(file + ": no <g id=\"" + v.name().toLowerCase(Locale.ROOT) + "\">");
            }
        }
        return new BodyArt.Drawing(contour, Map.copyOf(details), Map.copyOf(lines), List.copyOf(parts));
    }

    private static View view(String id, String file) {
        return switch (id) {
            case "front" -> View.FRONT;
            case "back" -> View.BACK;
            default -> throw new IllegalArgumentException(file + ": <g id=\"" + id + "\"> is not a view (front or back)");
        };
    }

    /** The path's data, normalised to single spaces; checked to be data the map can mirror. */
    private static String pathData(Element p, String file, String where) {
        String d = p.getAttribute("d").trim().replaceAll("\\s+", " ");
        if (d.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + where + " has no path data (d)");
        }
        try {
            SvgPaths.mirror(d, BodyArt.MIDLINE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + where + ": " + e.getMessage(), e);
        }
        return d;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }
}
