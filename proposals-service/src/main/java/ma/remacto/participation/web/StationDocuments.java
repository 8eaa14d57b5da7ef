package ma.remacto.participation.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.security.Authorized;
import ma.remacto.participation.command.StationCommands.AttachStationDocumentCommand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a station's document and records its attachment in one transaction (the command's unit
 * of work joins it): a refused command leaves no file behind.
 */
@Service
class StationDocuments {

    /** Owner kind of a station's documents; the owner id is {@code processId/stationId}. */
    static final String OWNER = "station";

    private final DocumentStore store;
    private final Commands commands;

    StationDocuments(DocumentStore store, Commands commands) {
        this.store = store;
        this.commands = commands;
    }

    static String ownerId(String processId, String stationId) {
        return processId + "/" + stationId;
    }

    /** A checked upload: its kind, title and file name as given, its type as its first bytes say. */
    record Upload(DocumentKind kind, String title, String fileName, DocumentType type, byte[] content) {
    }

    @Transactional
    public DocumentRef attach(String processId, String stationId, Upload upload, Authorized authorized) {
        DocumentRef document = store.store(OWNER, ownerId(processId, stationId), upload.kind(), upload.title(),
                upload.fileName(), upload.type(), upload.content());
        commands.send(new AttachStationDocumentCommand(processId, stationId, document), authorized.actor(),
                authorized.collectivityId());
        return document;
    }
}
