package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The embedded MongoDB-wire server: mongo-java-server's protocol handlers and backend, behind a gate that lets a
 * connection run commands only after it authenticated with this process's own secret (see
 * {@link PlainAuthenticationGate}). It listens on an ephemeral port of the loopback interface only.
 *
 * <p>mongo-java-server's own {@code MongoServer} has no authentication at all, so any local process could read and
 * write every learner through its port; this class builds the same pipeline with the gate in front of the database
 * handler. The backend is closed with the server.
 */
final class EmbeddedMongoServer {

    private final MongoBackend backend;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final ChannelGroup clients;
    private final Channel listener;

    private EmbeddedMongoServer(MongoBackend backend, String secret) {
        this.backend = backend;
        this.bossGroup = new NioEventLoopGroup(1);
        this.workerGroup = new NioEventLoopGroup();
        this.clients = new DefaultChannelGroup("embedded-mongodb-clients", workerGroup.next());
        try {
            this.listener = new ServerBootstrap()
                    .group(bossGroup, workerGroup)
                    .channel(NioServerSocketChannel.class)
                    .localAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                    new MongoWireProtocolHandler(), new PlainAuthenticationGate(secret),
                                    new MongoDatabaseHandler(backend, clients), new MongoExceptionHandler());
                        }
                    })
                    .bind().syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutdownEventLoops();
            throw e;
        }
    }

    /** Starts a server on {@code backend} that serves only connections authenticated with {@code secret}. */
    static EmbeddedMongoServer start(MongoBackend backend, String secret) {
        return new EmbeddedMongoServer(backend, secret);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** Stops listening, closes the open connections, then the backend (which writes its last changes). */
    void shutdown() {
        listener.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        shutdownEventLoops();
        backend.close();
    }

    private void shutdownEventLoops() {
        bossGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workerGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
