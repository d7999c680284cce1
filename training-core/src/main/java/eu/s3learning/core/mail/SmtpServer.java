package eu.s3learning.core.mail;

public record SmtpServer(String host, int port, String user, String password, boolean startTls) {

    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", user=" + user + ", startTls=" + startTls + "]";
    }
}
