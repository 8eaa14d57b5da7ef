package ma.remacto.reporting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The web dashboards' page says which language it opens in: Arabic, or French when the address
 * asks for it ({@code ?lang=fr}), as the page itself decides. A reader, a search engine or a
 * screen reader told the page is Arabic finds it Arabic.
 */
@Component
class PageLanguage extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/") && !path.equals("/index.html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "fr".equals(request.getParameter("lang")) ? "fr" : "ar");
        chain.doFilter(request, response);
    }
}
