/* For the Wine check only (scripts/check-windows.sh), never shipped: Rust's standard library
 * asks bcryptprimitives.dll for ProcessPrng, which every Windows 10/11 has and Wine 8 lacks.
 * This stand-in fills the buffer through advapi32's RtlGenRandom (SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG part = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, part)) {
            return FALSE;
        }
        data += part;
        length -= part;
    }
    return TRUE;
}
