package ma.remacto.programs.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.documents.DocumentDownloads;
import ma.remacto.kit.documents.DocumentPolicy;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Page;
import ma.remacto.programs.query.DocumentView;
import ma.remacto.programs.query.ProgramQueries;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;

/**
 * Public documents of a program and of its progress reports. Uploaded as the raw file (its
 * Content-Type, checked against its first bytes), with {@code kind}, {@code title} and
 * {@code fileName} as parameters; downloaded by anyone.
 */
@RestController
@RequestMapping(ProgramController.PATH + "/{id}/documents")
class DocumentController {

    private final DocumentPolicy policy;
    private final DocumentAttachments attachments;
    private final DocumentStore store;
    private final ProgramQueries queries;

    DocumentController(DocumentPolicy policy, DocumentAttachments attachments, DocumentStore store,
                       ProgramQueries queries) {
        this.policy = policy;
        this.attachments = attachments;
        this.store = store;
        this.queries = queries;
    }

    /** With {@code project} and {@code progressAsOf}, the document belongs to that progress report. */
    @PostMapping
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    ResponseEntity<DocumentRef> attach(@PathVariable String id, @RequestParam DocumentKind kind,
                                       @RequestParam(required = false) String title,
                                       @RequestParam(required = false) String fileName,
                                       @RequestParam(required = false) Integer project,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate progressAsOf,
                                       @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                       @RequestBody(required = false) byte[] content, Authorized authorized) {
        DocumentType checked = policy.check(type, content);
        DocumentRef document = attachments.attach(id, project, progressAsOf,
                new DocumentAttachments.Upload(kind, title, fileName, checked, content), authorized);
        return ResponseEntity.created(URI.create(ProgramController.PATH + "/" + id + "/documents/"
                + document.documentId())).body(document);
    }

    @GetMapping
    Page<DocumentView> documents(@PathVariable String id) {
        return new Page<>(queries.documents(id).orElseThrow(() -> new NotFound("program", id)), null);
    }

    /** The file itself, for anyone; a document of another program is not found here. */
    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId) {
        return store.find(documentId)
                .filter(document -> DocumentAttachments.OWNER.equals(document.ownerKind())
                        && id.equals(document.ownerId()))
                .map(DocumentDownloads::download)
                .orElseThrow(() -> new NotFound("document of program " + id, documentId));
    }
}
