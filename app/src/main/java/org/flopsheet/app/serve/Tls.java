package org.flopsheet.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** An SSL context from the user's PKCS12 keystore (certificate and private key). */
public final class Tls {
    private Tls() {}

    public static SSLContext fromPkcs12(Path keystore, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) throw (IOException) e;
            throw new IllegalArgumentException("cannot use the keystore " + keystore + " (a PKCS12 file with its password): "
                    + (e.getCause() instanceof java.security.UnrecoverableKeyException ? "wrong password" : e.getMessage()), e);
        }
    }
}
