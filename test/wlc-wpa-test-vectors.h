/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WPA_TEST_VECTORS_H
#define WLC_WPA_TEST_VECTORS_H

/**
 * \file
 * \ingroup wlc-tests
 * Third-party 4-way handshake images shared by the EAPOL and handshake test suites (test-only,
 * not installed): a real WPA2-PSK handshake captured between an AP and a station, from iwd
 * unit/test-eapol.c (eapol_key_data_3 to _6), as hex digits for wlctest::HexBytes.
 */

namespace ns3
{
namespace wlctest
{

/// iwd unit/test-eapol.c eapol_key_data_3: message 1 (EAPOL v2, replay counter 0).
inline const char* const IWD_M1 =
    "0203005f 02008a00 10000000 00000000 00c2bb57 ab588f92 ebbd44e8 11094f60 1c087986"
    "030c3ac7 49cc61d6 3e33832e 50000000 00000000 00000000 00000000 00000000 00000000"
    "00000000 00000000 00000000 00000000 00000000 00000000 000000";
/// iwd eapol_key_data_4: message 2 (EAPOL v1) with a 22-byte RSN element.
inline const char* const IWD_M2 =
    "01030075 02010a00 00000000 00000000 003289e9 1565094f 329a9cd5 4a4a090d 2cf43446"
    "83bf50ef ee3608b6 4856800e 84000000 00000000 00000000 00000000 00000000 00000000"
    "00000000 00000000 0001c31b 82ff62a3 79b08dd1 fc82c2f7 68001630 14010000 0fac0401"
    "00000fac 04010000 0fac0200 00";
/// iwd eapol_key_data_5: message 3 (EAPOL v2) with 56 bytes of wrapped key data.
inline const char* const IWD_M3 =
    "02030097 0213ca00 10000000 00000000 01c2bb57 ab588f92 ebbd44e8 11094f60 1c087986"
    "030c3ac7 49cc61d6 3e33832e 50000000 00000000 00000000 00000000 00000000 00000000"
    "00000000 00000000 00f535d9 1809731a 1d290894 705e919c 8e003819 18df1ef0 e7696652"
    "e2579380 34e17038 b98b4c45 a923b7b6 fa8c33e3 7bdcd47f eab11c22 6a2c5e38 d5ad7994"
    "05d610a6 9551d60b e60a5b";
/// iwd eapol_key_data_6: message 4 (EAPOL v1).
inline const char* const IWD_M4 =
    "0103005f 02030a00 00000000 00000000 01000000 00000000 00000000 00000000 00000000"
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000"
    "00000000 00000000 009e57a4 c09bafb3 375e46d3 86cf8727 530000";

} // namespace wlctest
} // namespace ns3

#endif /* WLC_WPA_TEST_VECTORS_H */
