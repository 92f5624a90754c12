package org.flopsheet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;
import org.flopsheet.app.serve.Access;
import org.flopsheet.app.serve.ApiServer;
import org.flopsheet.app.serve.Tls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the sheets of a folder as a JSON API and as the Excel add-in (manifest, custom functions, task pane).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port to listen on (default ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "workbooks", description = "folder of .flop files, reread when they change (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens the server to the network)")
    String host;

    @Option(names = "--allow-write",
            description = "let POST /api/import?write=true (and the task pane's import) rewrite the .flop files; off by default")
    boolean allowWrite;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "also answer to this host name (the server answers only to localhost, 127.0.0.1, [::1] and the --host address)")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "serve HTTPS with the certificate and key of this PKCS12 file")
    Path keystore;

    @Option(names = "--tls-password", paramLabel = "PASSWORD", description = "the keystore's password (default: the FLOPSHEET_TLS_PASSWORD environment variable)")
    String password;

    @Override
    public Integer call() throws Exception {
        if (!dir.toFile().isDirectory()) throw new UserError("no folder " + dir + "; give the folder of .flop files with --dir");
        SSLContext tls = null;
        if (keystore != null) {
            String secret = password != null ? password : System.getenv("FLOPSHEET_TLS_PASSWORD");
            if (secret == null) throw new UserError("--tls-keystore needs --tls-password (or FLOPSHEET_TLS_PASSWORD)");
            tls = Tls.fromPkcs12(keystore, secret.toCharArray());
        } else if (password != null) {
            throw new UserError("--tls-password without --tls-keystore; give the PKCS12 file too");
        }
        ApiServer server;
        try {
            String token = System.getenv("FLOPSHEET_TOKEN");
            Access access = new Access(token != null && !token.isBlank() ? token.strip() : Access.newToken(), allowWrite, Set.copyOf(allowedHosts));
            server = ApiServer.start(host, port, dir, tls, access);
        } catch (java.net.BindException e) {
            throw new UserError("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); choose another --port");
        }
        System.out.println("flopsheet: serving " + dir + " at " + server.origin() + "/  (manifest: " + server.origin() + "/manifest.xml; Ctrl-C stops)");
        System.out.println("flopsheet: token " + server.access().token() + "  (imports send it as the X-Flopsheet-Token header; the task pane has it)");
        System.out.println("flopsheet: writing " + (allowWrite ? "on: imports with write=true rewrite the .flop files" : "off: imports only show the diff (start with --allow-write to let them write)")
                + "; answering to " + String.join(", ", server.access().hosts()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return 0;
    }
}
