package dev.versus.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/maven-plugin.md lists every goal with its default phase and every parameter with its
 * property, default and goals, as the generated plugin descriptor has them.
 */
class PluginDocsTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path DOC = Path.of("docs/maven-plugin.md");

    @Test
    void theParameterTableMatchesTheDescriptor() throws Exception {
        Map<String, List<String>> goalsOf = new TreeMap<>();
        Map<String, String> rowOf = new TreeMap<>();
        for (Element mojo : mojos()) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            NodeList config = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
            for (int i = 0; i < config.getLength(); i++) {
                if (config.item(i) instanceof Element p) {
                    String property = p.getTextContent().replaceAll("^\\$\\{|}$", "");
                    rowOf.put(p.getTagName(), "| `" + p.getTagName() + "` | `" + property + "` | `"
                            + p.getAttribute("default-value") + "` | ");
                    goalsOf.computeIfAbsent(p.getTagName(), k -> new ArrayList<>()).add(goal);
                }
            }
        }
        String doc = Files.readString(DOC);
        List<String> documented = doc.lines().filter(l -> l.matches("\\| `[a-zA-Z]+` \\| `versus\\..*")).toList();
        assertEquals(rowOf.size(), documented.size(), "documented parameters:\n" + String.join("\n", documented));
        rowOf.forEach((name, row) -> {
            String expected = row + String.join(", ", goalsOf.get(name)) + " | ";
            assertTrue(documented.stream().anyMatch(l -> l.startsWith(expected)), "no row starting " + expected);
        });
    }

    @Test
    void theGoalTableMatchesTheDescriptor() throws Exception {
        String doc = Files.readString(DOC);
        for (Element mojo : mojos()) {
            String phase = mojo.getElementsByTagName("phase").getLength() == 0 ? "none"
                    : "`" + text(mojo, "phase") + "`";
            String row = "| `versus:" + text(mojo, "goal") + "` | " + phase + " | ";
            assertTrue(doc.contains(row), "no row starting " + row);
        }
    }

    private static List<Element> mojos() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "the plugin descriptor is generated before the tests run");
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getElementsByTagName("mojo");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String text(Element e, String child) {
        Node n = e.getElementsByTagName(child).item(0);
        return n.getTextContent().trim();
    }
}
