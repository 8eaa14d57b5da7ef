package ma.remacto.gateway.hygiene;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import ma.remacto.gateway.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * Answers 400 {@code malformed-request} to a request whose URL is malformed, right after the HTTP
 * decoder: before Spring parses the URL (a bad percent escape would otherwise get an empty 400),
 * before security and routing, so nothing malformed is ever forwarded. One per connection; the
 * connection is closed after the answer.
 */
class MalformedUrlGuard extends ChannelInboundHandlerAdapter {

    private final JsonMapper json;
    private boolean discarding;

    MalformedUrlGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request) {
            Optional<String> malformed = MalformedUrls.why(request.uri());
            if (malformed.isPresent()) {
                discarding = !(message instanceof LastHttpContent);
                ReferenceCountUtil.release(message);
                refuse(ctx, malformed.get());
                return;
            }
        } else if (discarding && message instanceof HttpContent) {
            discarding = !(message instanceof LastHttpContent);
            ReferenceCountUtil.release(message);
            return;
        }
        ctx.fireChannelRead(message);
    }

    private void refuse(ChannelHandlerContext ctx, String detail) {
        byte[] body = json.writeValueAsBytes(Problem.of(HttpStatus.BAD_REQUEST, "malformed-request", detail));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
