package ma.remacto.participation.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.documents.DocumentDownloads;
import ma.remacto.kit.documents.DocumentPolicy;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Public documents of a station (its minutes, a deliberation, a press release). Uploaded as the raw
 * file (its Content-Type, checked against its first bytes), with {@code kind}, {@code title} and
 * {@code fileName} as parameters; downloaded by anyone.
 */
@RestController
@RequestMapping("/api/processes/{id}/stations/{stationId}/documents")
class StationDocumentController {

    private final DocumentPolicy policy;
    private final StationDocuments documents;
    private final DocumentStore store;

    StationDocumentController(DocumentPolicy policy, StationDocuments documents, DocumentStore store) {
        this.policy = policy;
        this.documents = documents;
        this.store = store;
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "process:{id}")
    @PostMapping
    ResponseEntity<DocumentRef> attach(@PathVariable String id, @PathVariable String stationId,
                                       @RequestParam DocumentKind kind, @RequestParam(required = false) String title,
                                       @RequestParam(required = false) String fileName,
                                       @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                       @RequestBody(required = false) byte[] content, Authorized authorized) {
        DocumentType checked = policy.check(type, content);
        DocumentRef document = documents.attach(id, stationId,
                new StationDocuments.Upload(kind, title, fileName, checked, content), authorized);
        return ResponseEntity.created(URI.create("/api/processes/" + id + "/stations/" + stationId + "/documents/"
                + document.documentId())).body(document);
    }

    /** The file itself, for anyone; a document of another station is not found here. */
    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String stationId,
                                    @PathVariable String documentId) {
        return store.find(documentId)
                .filter(document -> StationDocuments.OWNER.equals(document.ownerKind())
                        && StationDocuments.ownerId(id, stationId).equals(document.ownerId()))
                .map(DocumentDownloads::download)
                .orElseThrow(() -> new NotFound("document of station " + stationId, documentId));
    }
}
