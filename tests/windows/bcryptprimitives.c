/* A stand-in for Windows' bcryptprimitives.dll under Wine 8, which lacks ProcessPrng
   (Rust's standard library imports it): the same random bytes from RtlGenRandom.
   A test fixture only; never shipped. */
#include <windows.h>
#include <ntsecapi.h>
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    return RtlGenRandom(data, (ULONG)len);
}
