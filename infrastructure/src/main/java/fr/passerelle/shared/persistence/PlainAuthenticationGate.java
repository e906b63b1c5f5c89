package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.ClientRequest;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import de.bwaldvogel.mongo.wire.message.MongoReply;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Lets a connection to the embedded server run commands only once it has authenticated with SASL PLAIN and the
 * process's secret, as the application's own driver does right after its handshake ({@code MongoCredential
 * .createPlainCredential}). Before that, only the handshake ({@code hello}) is answered — a real MongoDB with
 * authentication behaves alike — and any other command closes the connection without reaching the data.
 *
 * <p>One instance per connection: it remembers whether that connection has authenticated.
 */
final class PlainAuthenticationGate extends ChannelInboundHandlerAdapter {

    static final String USER = "passerelle";

    private static final Set<String> HANDSHAKE = Set.of("hello", "isMaster", "ismaster");
    private static final int AUTHENTICATION_FAILED = 18;

    private final byte[] expectedPayload;
    private boolean authenticated;

    PlainAuthenticationGate(String secret) {
        // SASL PLAIN's initial response: authorization id, authentication id and password, NUL-separated.
        this.expectedPayload = (USER + '\0' + USER + '\0' + secret).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (authenticated) {
            context.fireChannelRead(message);
            return;
        }
        Document command = command(message);
        String name = command == null || command.isEmpty() ? "" : command.keySet().iterator().next();
        if (HANDSHAKE.contains(name)) {
            context.fireChannelRead(message);
        } else if (name.equals("saslStart") && "PLAIN".equals(command.get("mechanism"))
                && MessageDigest.isEqual(expectedPayload, payload(command))) {
            authenticated = true;
            reply(context, (ClientRequest) message, saslDone());
        } else if (name.equals("saslStart")) {
            reply(context, (ClientRequest) message, authenticationFailed()).addListener(ChannelFutureListener.CLOSE);
        } else {
            context.close();
        }
    }

    private static Document command(Object message) {
        if (message instanceof MongoMessage opMsg) {
            return opMsg.getDocument();
        }
        if (message instanceof MongoQuery opQuery) {
            return opQuery.getQuery();
        }
        return null;
    }

    private static byte[] payload(Document command) {
        Object payload = command.get("payload");
        if (payload instanceof BinData binary) {
            return binary.getData();
        }
        return payload instanceof byte[] bytes ? bytes : new byte[0];
    }

    private static Document saslDone() {
        Document reply = new Document("conversationId", 1);
        reply.put("done", Boolean.TRUE);
        reply.put("payload", new BinData(new byte[0]));
        reply.put("ok", 1.0);
        return reply;
    }

    private static Document authenticationFailed() {
        Document reply = new Document("ok", 0.0);
        reply.put("errmsg", "Authentication failed.");
        reply.put("code", AUTHENTICATION_FAILED);
        reply.put("codeName", "AuthenticationFailed");
        return reply;
    }

    private static ChannelFuture reply(ChannelHandlerContext context, ClientRequest request, Document body) {
        var header = new MessageHeader(0, request.getHeader().getRequestID());
        return request instanceof MongoMessage
                ? context.writeAndFlush(new MongoMessage(context.channel(), header, body))
                : context.writeAndFlush(new MongoReply(header, body));
    }
}
