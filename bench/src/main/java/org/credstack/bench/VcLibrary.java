package org.credstack.bench;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * credstack's verifiable-credentials library, loaded at run time from its jar (or classes folder) and its dependency
 * class path into an isolated class loader, so that bench depends on no credstack module at build time. Used through
 * a small, stable public surface by reflection:
 * <ul>
 *   <li>{@code org.credstack.vc.jsonld.JsonBridge.parse(String)} → {@code jakarta.json.JsonObject}</li>
 *   <li>{@code org.credstack.vc.jsonld.RdfCanonicalizer.bundled().canonicalize(JsonObject)} → canonical N-Quads</li>
 *   <li>{@code org.credstack.vc.dataintegrity.DataIntegritySigner.bundled().sign(JsonObject, ProofOptions,
 *       Ed25519PrivateKey)} with {@code ProofOptions.assertionMethod(String, Instant)} and
 *       {@code Ed25519PrivateKey.generate()}</li>
 *   <li>{@code org.credstack.vc.verification.CredentialVerifier.offline(Clock).verify(ObjectNode)} of did:key
 *       credentials ({@code DidKey.did}, {@code DidKey.verificationMethod})</li>
 * </ul>
 * Calls run with the library's loader as the thread's context class loader, as JSON-P's provider lookup expects.
 */
final class VcLibrary implements AutoCloseable {

    static final String VERIFICATION_METHOD = "did:web:localhost%3A8081:issuers:bench#key-1";

    private final URLClassLoader loader;
    private final Method parse;
    private final Object canonicalizer;
    private final Method canonicalize;
    private final Object signer;
    private final Method sign;
    private final Object proofOptions;
    private final Object key;
    private final Object didKeyOptions;
    private final Object didKeyKey;
    private final String didKeyIssuer;
    private final Object verifier;
    private final Method verify;
    private final Method verified;
    private final Object mapper;
    private final Method readTree;

    private VcLibrary(URLClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        Class<?> bridge = loader.loadClass("org.credstack.vc.jsonld.JsonBridge");
        Class<?> jsonObject = loader.loadClass("jakarta.json.JsonObject");
        Class<?> canonicalizerType = loader.loadClass("org.credstack.vc.jsonld.RdfCanonicalizer");
        Class<?> signerType = loader.loadClass("org.credstack.vc.dataintegrity.DataIntegritySigner");
        Class<?> optionsType = loader.loadClass("org.credstack.vc.dataintegrity.ProofOptions");
        Class<?> keyType = loader.loadClass("org.credstack.vc.crypto.Ed25519PrivateKey");
        parse = bridge.getMethod("parse", String.class);
        canonicalizer = canonicalizerType.getMethod("bundled").invoke(null);
        canonicalize = canonicalizerType.getMethod("canonicalize", jsonObject);
        signer = signerType.getMethod("bundled").invoke(null);
        sign = signerType.getMethod("sign", jsonObject, optionsType, keyType);
        // a fixed 'created', as when many credentials are signed within one second
        proofOptions = optionsType.getMethod("assertionMethod", String.class, Instant.class)
                .invoke(null, VERIFICATION_METHOD, Instant.parse("2026-01-01T00:00:00Z"));
        key = keyType.getMethod("generate").invoke(null);
        // credentials of a did:key issuer, verified offline (no fetch) by CredentialVerifier.offline(Clock)
        Class<?> didKey = loader.loadClass("org.credstack.vc.did.DidKey");
        Class<?> publicKeyType = loader.loadClass("org.credstack.vc.crypto.Ed25519PublicKey");
        didKeyKey = keyType.getMethod("generate").invoke(null);
        Object publicKey = keyType.getMethod("publicKey").invoke(didKeyKey);
        didKeyIssuer = (String) didKey.getMethod("did", publicKeyType).invoke(null, publicKey);
        didKeyOptions = optionsType.getMethod("assertionMethod", String.class, Instant.class).invoke(null,
                didKey.getMethod("verificationMethod", publicKeyType).invoke(null, publicKey),
                Instant.parse("2026-01-01T00:00:00Z"));
        Class<?> verifierType = loader.loadClass("org.credstack.vc.verification.CredentialVerifier");
        Class<?> objectNode = loader.loadClass("com.fasterxml.jackson.databind.node.ObjectNode");
        verifier = verifierType.getMethod("offline", java.time.Clock.class).invoke(null, java.time.Clock.systemUTC());
        verify = verifierType.getMethod("verify", objectNode);
        verified = loader.loadClass("org.credstack.vc.verification.VerificationReport").getMethod("verified");
        Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        mapper = mapperType.getConstructor().newInstance();
        readTree = mapperType.getMethod("readTree", String.class);
    }

    /**
     * Loads the library.
     *
     * @param jar       verifiable-credentials' jar, or its {@code target/classes} folder
     * @param classpath its dependencies: a file holding a class path (as {@code dependency:build-classpath
     *                  -Dmdep.outputFile=...} writes it) or the class path itself
     */
    static VcLibrary load(Path jar, String classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        if (!Files.exists(jar)) {
            throw new IOException("--vc-jar: " + jar + " does not exist (build it: ./mvnw -B -o package "
                    + "-pl verifiable-credentials -DskipTests)");
        }
        urls.add(url(jar));
        for (Path p : classpathEntries(classpath)) {
            urls.add(url(p));
        }
        URLClassLoader loader = new URLClassLoader("credstack-vc", urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader());
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return new VcLibrary(loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            loader.close();
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new IOException("cannot use verifiable-credentials from " + jar + " (is --vc-classpath complete?): "
                    + cause, cause);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** The entries of a class path given as a file holding it or as the text itself; empty entries skipped. */
    static List<Path> classpathEntries(String classpath) throws IOException {
        String text = classpath == null ? "" : classpath.trim();
        if (!text.isEmpty() && !text.contains(File.pathSeparator) && Files.isRegularFile(Path.of(text))
                && !text.endsWith(".jar")) {
            text = Files.readString(Path.of(text)).trim();
        }
        List<Path> out = new ArrayList<>();
        for (String entry : text.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry.trim()));
            }
        }
        return out;
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toAbsolutePath().toUri().toURL();
    }

    /** A {@code jakarta.json.JsonObject} of the library's loader. */
    Object parse(String json) {
        return call(parse, null, json);
    }

    /** RDFC-1.0 canonical N-Quads of a parsed document (JSON-LD expansion, toRdf, canonicalization). */
    String canonicalize(Object document) {
        return (String) call(canonicalize, canonicalizer, document);
    }

    /** The document with an eddsa-rdfc-2022 DataIntegrityProof, as issuance signs a credential. */
    Object sign(Object document) {
        return call(sign, signer, document, proofOptions, key);
    }

    /** The did:key issuer whose credentials {@link #signByDidKey} signs and {@link #verifyOffline} verifies. */
    String didKeyIssuer() {
        return didKeyIssuer;
    }

    /** The credential signed (eddsa-rdfc-2022) by the did:key issuer, as JSON text. */
    String signByDidKey(String unsignedJson) {
        return call(sign, signer, parse(unsignedJson), didKeyOptions, didKeyKey).toString();
    }

    /** A Jackson tree of the library's loader, as the verifier takes it. */
    Object tree(String json) {
        return call(readTree, mapper, json);
    }

    /** CredentialVerifier.offline's whole report (data model, signature, key, validity, status, schema): verified? */
    boolean verifyOffline(Object credentialTree) {
        return (Boolean) call(verified, call(verify, verifier, credentialTree));
    }

    private Object call(Method m, Object target, Object... args) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
