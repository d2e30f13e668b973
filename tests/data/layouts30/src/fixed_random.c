/* A fixed random source for qpdf's AES-256 encryption, loaded with LD_PRELOAD at build time only.
   qpdf (gnutls crypto provider) draws the file encryption key and the password salts from gnutls_rnd; with
   this shim they come from a fixed linear congruential sequence, so two builds give byte-identical files.
   The encryption itself is qpdf's ordinary AES-256 (R6). */
#include <stddef.h>
#include <stdint.h>
static uint64_t s = 0x5354524154333000ULL;
int gnutls_rnd(int level, void *data, size_t len) {
    unsigned char *p = data;
    (void)level;
    for (size_t i = 0; i < len; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        p[i] = (unsigned char)(s >> 56);
    }
    return 0;
}
