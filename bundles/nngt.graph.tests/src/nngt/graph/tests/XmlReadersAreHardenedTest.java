package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import nngt.graph.io.GraphFiles;
import nngt.model.api.NetworkResources;
import nngt.model.api.SafeXml;

/**
 * Every XML reader refuses crafted files: a DOCTYPE with external entities (a local file's content sent to an
 * HTTP listener, the classic XXE exfiltration) is refused, no connection reaches the listener, and the secret
 * appears nowhere in what the reader returns or says.
 */
class XmlReadersAreHardenedTest {

    private static final String SECRET = "secret-4b1d-not-to-be-read";

    @TempDir
    Path folder;

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;
    private Path secret;

    @BeforeEach
    void startListener() throws IOException {
        secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket connection = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException idle) {
                    // keep listening until the test closes the socket
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.start();
    }

    @AfterEach
    void stopListener() throws Exception {
        listener.close();
        acceptor.join();
    }

    /* A DOCTYPE that reads the secret file and sends it to the listener, and an entity that shows it. */
    private String doctype(String root) {
        String url = "http://127.0.0.1:" + listener.getLocalPort();
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n"
                + "  <!ENTITY % file SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % remote SYSTEM \"" + url + "/dtd\">\n"
                + "  <!ENTITY shown SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY sent SYSTEM \"" + url + "/leak\">\n"
                + "  %remote;\n]>\n";
    }

    private void assertNothingWasRead(Throwable refusal) {
        assertEquals(0, connections.get(), "no connection may reach the listener");
        assertFalse(String.valueOf(refusal.getMessage()).contains(SECRET), refusal.getMessage());
        assertTrue(String.valueOf(refusal.getMessage()).contains("document type"), refusal.getMessage());
    }

    @Test
    void graphMlWithADoctypeIsRefusedWithoutTouchingFilesOrTheNetwork() throws IOException {
        Path graphml = folder.resolve("crafted.graphml");
        Files.writeString(graphml, doctype("graphml")
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <key id=\"d0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
                + "  <graph edgedefault=\"directed\"><data key=\"d0\">&shown;&sent;</data>\n"
                + "    <node id=\"0\"/><node id=\"1\"/><edge source=\"0\" target=\"1\"/>\n"
                + "  </graph>\n</graphml>\n");
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> GraphFiles.load(graphml));
        assertNothingWasRead(refusal);
    }

    @Test
    void xmiWithADoctypeIsRefusedWithoutTouchingFilesOrTheNetwork() throws IOException {
        Path xmi = folder.resolve("crafted.xmi");
        Files.writeString(xmi, doctype("nngt:Network")
                + "<nngt:Network xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:nngt=\"http://nngt.workbench/model/1.0\" name=\"n&shown;&sent;\"/>\n");
        IOException refusal = assertThrows(IOException.class, () -> NetworkResources.load(xmi));
        assertNothingWasRead(refusal);
    }

    @Test
    void theSharedSaxFactoryRefusesADoctype() {
        String xml = doctype("root") + "<root>&shown;&sent;</root>\n";
        Exception refusal = assertThrows(Exception.class, () -> SafeXml.saxParserFactory().newSAXParser()
                .parse(new InputSource(new StringReader(xml)), new DefaultHandler()));
        assertEquals(0, connections.get());
        assertFalse(String.valueOf(refusal.getMessage()).contains(SECRET));
    }

    @Test
    void graphMlWithoutADoctypeStillLoads() throws IOException {
        Path graphml = folder.resolve("plain.graphml");
        Files.writeString(graphml, "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <graph edgedefault=\"directed\"><node id=\"0\"/><node id=\"1\"/>"
                + "<edge source=\"0\" target=\"1\"/></graph>\n</graphml>\n");
        assertEquals(1, GraphFiles.load(graphml).sources().length);
    }
}
