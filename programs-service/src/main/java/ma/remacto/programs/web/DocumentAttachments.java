package ma.remacto.programs.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.security.Authorized;
import ma.remacto.programs.command.AttachDocumentCommand;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Stores a checked document and attaches it in one transaction (the command's unit of work joins
 * it): a refused command leaves neither the bytes nor an event behind.
 */
@Component
class DocumentAttachments {

    static final String OWNER = "program";

    private final DocumentStore store;
    private final Commands commands;

    DocumentAttachments(DocumentStore store, Commands commands) {
        this.store = store;
        this.commands = commands;
    }

    /** A file checked by the document policy, with what the request says of it. */
    record Upload(DocumentKind kind, String title, String fileName, DocumentType type, byte[] bytes) {
    }

    @Transactional
    public DocumentRef attach(String programId, Integer projectNumber, LocalDate progressAsOf, Upload upload,
                              Authorized authorized) {
        DocumentRef document = store.store(OWNER, programId, upload.kind(), upload.title(), upload.fileName(),
                upload.type(), upload.bytes());
        commands.send(new AttachDocumentCommand(programId, projectNumber, progressAsOf, document), authorized.actor(),
                authorized.collectivityId());
        return document;
    }
}
