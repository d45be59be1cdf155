package com.campaignrunner.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MultipartFormTests {

    @Test
    void partsAreSplitByAQuotedBoundaryAndFilesStayByteForByte() {
        byte[] binary = {0, 13, 10, 45, 45, (byte) 0xFF, 13, 10};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--a:b\r\nContent-Disposition: form-data; name=\"candidate_name\"\r\n\r\nZoë\r\n"
                + "--a:b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(binary);
        body.writeBytes("\r\n--a:b--\r\n".getBytes(StandardCharsets.UTF_8));

        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=\"a:b\"", body.toByteArray());

        assertThat(form.part("candidate_name").text()).isEqualTo("Zoë");
        assertThat(form.part("file").fileName()).isEqualTo("cv.pdf");
        assertThat(form.part("file").contentType()).isEqualTo("application/pdf");
        assertThat(form.part("file").content()).isEqualTo(binary);
    }

    @Test
    void aBodyWithoutItsBoundaryIsRefusedWith422() {
        assertThatThrownBy(() -> MultipartForm.parse("multipart/form-data; boundary=xyz",
                "no parts here".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.status()).isEqualTo(422));
    }
}
