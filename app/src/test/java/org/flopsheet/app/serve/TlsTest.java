package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.flopsheet.app.addin.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a self-signed PKCS12 certificate made by the keytool command the README gives. */
class TlsTest {
    @TempDir Path dir;

    @Test
    void servesHttpsWithTheUsersCertificate() throws Exception {
        Path keystore = dir.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String log = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), log);

        Path sheets = Files.createDirectory(dir.resolve("sheets"));
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), sheets.resolve("finveden.flop"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, sheets, Tls.fromPkcs12(keystore, "changeit".toCharArray()))) {
            assertTrue(server.origin().startsWith("https://"), server.origin());
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(URI.create(server.origin() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> manifest = trusting.send(HttpRequest.newBuilder(URI.create(server.origin() + "/manifest.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(manifest.body().contains("https://127.0.0.1:" + server.port() + "/functions/functions.js"), manifest.body());

            HttpClient untrusting = HttpClient.newHttpClient();
            assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> untrusting.send(
                    HttpRequest.newBuilder(URI.create(server.origin() + "/health")).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void aWrongPasswordSaysSo() throws Exception {
        Path keystore = dir.resolve("k.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-dname", "CN=localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "right-one").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertEquals(0, keytool.waitFor());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tls.fromPkcs12(keystore, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains(keystore.toString()), e.getMessage());
        assertTrue(List.of("wrong password", "password").stream().anyMatch(e.getMessage()::contains), e.getMessage());
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
