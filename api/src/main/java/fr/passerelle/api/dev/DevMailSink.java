package fr.passerelle.api.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Dev mode: an SMTP server inside the process, on a free loopback port, that accepts every mail and keeps it in
 * memory. The platform's mail sender points at it, so no mail leaves the machine, and {@code GET /dev/mailbox}
 * shows what was sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.mail.dev-sink", havingValue = "true")
class DevMailSink {

    @Bean(destroyMethod = "stop")
    GreenMail devMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        LoggerFactory.getLogger(DevMailSink.class).info("Dev mail sink listening on 127.0.0.1:{}: mails stay here,"
                + " read them at GET /dev/mailbox", server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSender devMailSender(GreenMail devMailServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(devMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
