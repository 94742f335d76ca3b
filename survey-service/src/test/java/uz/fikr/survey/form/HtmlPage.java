package uz.fikr.survey.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * A served HTML page as a tree, to ask what a reader (or a screen reader) would find in it. Parsed with attoparser,
 * the HTML parser Thymeleaf itself uses.
 */
final class HtmlPage {

    private final Tag root;

    private HtmlPage(Tag root) {
        this.root = root;
    }

    static HtmlPage parse(String html) {
        try {
            Element document = new Element("#document");
            new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html).getChildren()
                    .forEach(document::addChild);
            return new HtmlPage(new Tag(document));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not HTML: " + e.getMessage(), e);
        }
    }

    Tag root() {
        return root;
    }

    Optional<Tag> byId(String id) {
        return root.find(tag -> id.equals(tag.attr("id"))).stream().findFirst();
    }

    Tag get(String id) {
        return byId(id).orElseThrow(() -> new AssertionError("No element with id " + id));
    }

    List<Tag> all(String name) {
        return root.all(name);
    }

    /** The label that names the control with this id, as a screen reader finds it. */
    Optional<Tag> labelFor(String id) {
        return root.find(tag -> tag.is("label") && id.equals(tag.attr("for"))).stream().findFirst();
    }

    String text() {
        return root.text();
    }

    /** One element. */
    record Tag(Element element) {

        boolean is(String name) {
            return element.getElementName().equalsIgnoreCase(name);
        }

        String name() {
            return element.getElementName().toLowerCase();
        }

        String attr(String name) {
            String value = element.getAttributeValue(name);
            return value == null ? null : unescape(value);
        }

        boolean has(String attribute) {
            return element.hasAttribute(attribute);
        }

        List<Tag> all(String name) {
            return find(tag -> tag.is(name));
        }

        Tag first(String name) {
            return all(name).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("No <" + name + "> in <" + name() + " id=" + attr("id")));
        }

        /** Descendants that match, in document order. */
        List<Tag> find(Predicate<Tag> test) {
            List<Tag> found = new ArrayList<>();
            collect(element, test, found);
            return found;
        }

        /** The text inside, with white space collapsed. */
        String text() {
            StringBuilder text = new StringBuilder();
            text(element, text);
            return unescape(text.toString()).replaceAll("\\s+", " ").strip();
        }

        /** The children elements. */
        List<Tag> children() {
            return element.getChildrenOfType(Element.class).stream().map(Tag::new).toList();
        }

        private static void collect(INestableNode node, Predicate<Tag> test, List<Tag> found) {
            for (INode child : node.getChildren()) {
                if (child instanceof Element element) {
                    Tag tag = new Tag(element);
                    if (test.test(tag)) {
                        found.add(tag);
                    }
                    collect(element, test, found);
                }
            }
        }

        private static void text(INestableNode node, StringBuilder text) {
            for (INode child : node.getChildren()) {
                if (child instanceof Text content) {
                    text.append(content.getContent());
                } else if (child instanceof Element element && !element.elementNameMatches("script")) {
                    text.append(' ');
                    text(element, text);
                }
            }
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
