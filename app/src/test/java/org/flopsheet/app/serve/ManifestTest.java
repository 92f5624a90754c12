package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The manifest as Excel receives it from the server (Microsoft's validator is online only, so its
 * structure is checked here): well-formed, a shared runtime with custom functions in the FLOPSHEET
 * namespace, every resid defined, and every URL on the server's own origin and served.
 */
class ManifestTest {
    private static final String BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    @TempDir static Path dir;
    static TestServer server;
    static String manifest;
    static Document xml;

    @BeforeAll
    static void fetch() throws Exception {
        server = new TestServer(dir);
        manifest = server.get("/manifest.xml").body();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyUrlIsOnTheServersOriginAndServed() {
        Matcher urls = Pattern.compile("(?:DefaultValue=\"|<AppDomain>)(https?://[^\"<]+)").matcher(manifest);
        Set<String> seen = new LinkedHashSet<>();
        while (urls.find()) seen.add(urls.group(1));
        assertTrue(seen.size() >= 5, "URLs: " + seen);
        for (String url : seen) {
            assertTrue(url.startsWith(server.server.origin().replace("127.0.0.1", "localhost"))
                    || url.startsWith("http://127.0.0.1:" + server.server.port()), url + " is not on the server's origin");
            String path = url.replaceFirst("https?://[^/]+", "");
            if (path.isEmpty()) continue;
            assertEquals(200, server.get(path).status(), url + " is not served");
        }
    }

    @Test
    void sharedRuntimeWithCustomFunctionsInTheFlopsheetNamespace() {
        assertEquals("SharedRuntime", ((Element) xml.getElementsByTagName("Set").item(0)).getAttribute("Name"));
        Element runtime = (Element) xml.getElementsByTagName("Runtime").item(0);
        assertEquals("long", runtime.getAttribute("lifetime"));
        assertEquals("FLOPSHEET", resource("ShortStrings", "Functions.Namespace"));
        assertEquals(server.url("/functions/functions.json"), resource("Urls", "Functions.Metadata.Url"));
        assertEquals(server.url("/functions/functions.js"), resource("Urls", "Functions.Script.Url"));
        assertEquals(resource("Urls", runtime.getAttribute("resid")), resource("Urls", "Taskpane.Url"), "the runtime is the task pane page");
    }

    @Test
    void everyResidIsDefined() {
        Set<String> defined = new HashSet<>();
        NodeList all = xml.getElementsByTagNameNS(BT, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id") && e.hasAttribute("DefaultValue")) defined.add(e.getAttribute("id"));
        }
        NodeList everything = xml.getElementsByTagName("*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            if (e.hasAttribute("resid")) assertTrue(defined.contains(e.getAttribute("resid")), "undefined resid " + e.getAttribute("resid"));
        }
    }

    @Test
    void theCommittedManifestNamesTheDefaultDevelopmentOrigin() throws IOException {
        String committed = java.nio.file.Files.readString(org.flopsheet.app.addin.ProjectFiles.addin().resolve("manifest.xml"));
        assertTrue(committed.contains(StaticFiles.MANIFEST_ORIGIN + "/functions/functions.js"));
    }

    private static String resource(String group, String id) {
        NodeList items = xml.getElementsByTagNameNS(BT, group).item(0).getChildNodes();
        for (int i = 0; i < items.getLength(); i++) {
            if (items.item(i) instanceof Element e && e.getAttribute("id").equals(id)) return e.getAttribute("DefaultValue");
        }
        throw new AssertionError("no " + group + " resource " + id);
    }
}
