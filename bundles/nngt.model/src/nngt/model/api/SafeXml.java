package nngt.model.api;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The one configuration of every XML parser the workbench creates or hands to a library (XMI models, GraphML
 * graphs, and any XML format added later): no document type declarations at all, hence no entities, no external
 * DTD and no file or network access while reading. None of the formats NNGT reads needs a DTD; a file that
 * declares one is refused with {@link #DOCTYPE_REFUSED}.
 */
public final class SafeXml {

    /** Why a file with a document type declaration is refused, in words for users. */
    public static final String DOCTYPE_REFUSED = "the file declares a document type (<!DOCTYPE ...>), which NNGT "
            + "does not read: it could make the reader open other files or network addresses";

    /**
     * SAX features for parsers configured by name (EMF's {@code XMLResource.OPTION_PARSER_FEATURES} takes this
     * map): a DOCTYPE is an error, external entities and external DTDs are never loaded.
     */
    public static final Map<String, Boolean> SAX_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
            XMLConstants.FEATURE_SECURE_PROCESSING, true);

    private SafeXml() {
    }

    /**
     * @return a namespace-aware SAX parser factory with {@link #SAX_FEATURES}
     * @throws IllegalStateException when the platform's parser does not support one of them (then no safe
     *         parser can be made, and none is returned)
     */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            for (Map.Entry<String, Boolean> feature : SAX_FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML parser of this Java runtime cannot be made safe: "
                    + e.getMessage(), e);
        }
        return factory;
    }

    /**
     * @return a StAX factory that reports a DOCTYPE as an event (callers refuse it with {@link #DOCTYPE_REFUSED})
     *         and never resolves entities or loads external content
     */
    public static XMLInputFactory staxFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("External content (" + systemId + ") is not read.");
        });
        return factory;
    }
}
