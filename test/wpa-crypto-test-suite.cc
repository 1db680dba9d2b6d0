/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wpa-crypto.h"

#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * WpaCrypto against published known-answer vectors:
 * - PBKDF2 passphrase-to-PSK: IEEE 802.11-2020 Annex J.4.2 (the three vectors, also in
 *   hostapd src/crypto/crypto_module_tests.c), iwd unit/test-eapol.c ("EasilyGuessedPassword"),
 *   hashcat mode 16800/16801 self-test (binary SSID);
 * - HMAC-SHA1: RFC 2202 section 3, test cases 1-7;
 * - PRF: IEEE 802.11 Annex J.3 PRF test vectors (PRF-512 with label "prefix", as in hostapd
 *   crypto_module_tests.c key0/prf0 ... key2/prf2);
 * - PTK: IEEE 802.11-2016 Annex J.7.1 Table J-13 inputs, J.7.2 Table J-14 KCK/KEK/TK;
 * - EAPOL-Key MIC (descriptor version 2): iwd unit/test-eapol.c eapol_key_mic_test_2;
 * - AES Key Wrap: RFC 3394 section 4.1 to 4.6;
 * - PMKID: hashcat mode 16801 self-test (PMK, AP and station addresses, PMKID).
 */

namespace ns3
{
namespace
{

using wlctest::HexBytes;

/// \param text characters \return their bytes
std::vector<uint8_t>
Bytes(const std::string& text)
{
    return wlctest::TextBytes(text);
}

/// PSK from passphrase and SSID, and passphrase validation.
class PbkdfTestCase : public TestCase
{
  public:
    PbkdfTestCase()
        : TestCase("PSK = PBKDF2-HMAC-SHA1(passphrase, SSID, 4096, 32): IEEE 802.11 Annex J.4")
    {
    }

  private:
    void DoRun() override
    {
        struct Vector
        {
            std::string passphrase;
            std::string ssid;
            std::string psk;
        };

        const Vector vectors[] = {
            // IEEE 802.11-2020 J.4.2
            {"password",
             "IEEE",
             "f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e"},
            {"ThisIsAPassword",
             "ThisIsASSID",
             "0dc0d6eb90555ed6419756b9a15ec3e3209b63df707dd508d14581f8982721af"},
            {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
             "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
             "becb93866bb8c3832cb777c2f559807c8c59afcb6eae734885001300a981cc62"},
            // iwd unit/test-eapol.c (real capture)
            {"EasilyGuessedPassword",
             "TestWPA",
             "bf9aa3155300125e7a5ebb2a549f8cd4edab8ee12e94bfc24b3357ad049665d9"},
            // hashcat 16800 / 16801 self-test: binary 16-octet SSID
            {"hashcat!",
             std::string("\xed\x48\x71\x62\x46\x5a\x77\x4b\xfb\xa6\x0e\xb6\x03\xa3\x9f\x3a", 16),
             "5b13d4babb3714ccc62c9f71864bc984efd6a55f237c7a87fc2151e1ca658a9d"},
        };
        for (const auto& v : vectors)
        {
            std::vector<uint8_t> pmk;
            std::string why;
            NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase(v.passphrase, v.ssid, pmk, why),
                                  true,
                                  "valid passphrase " << v.passphrase << ": " << why);
            NS_TEST_ASSERT_MSG_EQ((pmk == HexBytes(v.psk)), true, "PSK of " << v.passphrase);
            std::vector<uint8_t> viaDerive;
            NS_TEST_ASSERT_MSG_EQ(WpaCrypto::DerivePmk(v.passphrase, v.ssid, viaDerive, why),
                                  true,
                                  "DerivePmk passphrase");
            NS_TEST_ASSERT_MSG_EQ((viaDerive == pmk), true, "DerivePmk = PmkFromPassphrase");
        }

        std::vector<uint8_t> pmk;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("1234567", "IEEE", pmk, why),
                              false,
                              "7 characters rejected");
        NS_TEST_ASSERT_MSG_EQ((why.find("8 to 63") != std::string::npos), true, why);
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase(std::string(64, 'a'), "IEEE", pmk, why),
                              false,
                              "64 characters rejected as a passphrase");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("pass\tword", "IEEE", pmk, why),
                              false,
                              "a tab is not printable");
        NS_TEST_ASSERT_MSG_EQ((why.find("printable ASCII") != std::string::npos), true, why);
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::PmkFromPassphrase("caf\xc3\xa9-caf\xc3\xa9", "IEEE", pmk, why),
            false,
            "UTF-8 is not ASCII");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("password\x7f", "IEEE", pmk, why),
                              false,
                              "DEL is not printable");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("password", "", pmk, why),
                              false,
                              "empty SSID");
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::PmkFromPassphrase("password", std::string(33, 'x'), pmk, why),
            false,
            "33-octet SSID");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("12345678", "x", pmk, why),
                              true,
                              "8 characters accepted");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase(std::string(63, '~'), "x", pmk, why),
                              true,
                              "63 characters accepted");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("        ", "x", pmk, why),
                              true,
                              "spaces are printable");

        const std::string hexPsk =
            "0DC0D6EB90555ED6419756B9A15EC3E3209B63DF707DD508D14581F8982721AF";
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromHexPsk(hexPsk, pmk, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(
            (pmk == HexBytes("0dc0d6eb90555ed6419756b9a15ec3e3209b63df707dd508d14581f8982721af")),
            true,
            "hex PSK bytes");
        std::vector<uint8_t> viaDerive;
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::DerivePmk(hexPsk, "ignored", viaDerive, why),
                              true,
                              "64 hex digits are a PSK");
        NS_TEST_ASSERT_MSG_EQ((viaDerive == pmk), true, "DerivePmk hex");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromHexPsk(hexPsk.substr(1), pmk, why),
                              false,
                              "63 hex digits");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromHexPsk("g" + hexPsk.substr(1), pmk, why),
                              false,
                              "non-hex digit");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::DerivePmk("g" + hexPsk.substr(1), "x", pmk, why),
                              false,
                              "64 characters that are not hex are not a passphrase either");
    }
};

/// HMAC-SHA1, RFC 2202 section 3.
class HmacSha1TestCase : public TestCase
{
  public:
    HmacSha1TestCase()
        : TestCase("HMAC-SHA1: RFC 2202 test cases 1-7")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> key4;
        for (uint8_t i = 1; i <= 25; ++i)
        {
            key4.push_back(i);
        }

        struct Vector
        {
            std::vector<uint8_t> key;
            std::vector<uint8_t> data;
            std::string digest;
        };

        const Vector vectors[] = {
            {std::vector<uint8_t>(20, 0x0b),
             Bytes("Hi There"),
             "b617318655057264e28bc0b6fb378c8ef146be00"},
            {Bytes("Jefe"),
             Bytes("what do ya want for nothing?"),
             "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
            {std::vector<uint8_t>(20, 0xaa),
             std::vector<uint8_t>(50, 0xdd),
             "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
            {key4, std::vector<uint8_t>(50, 0xcd), "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
            {std::vector<uint8_t>(20, 0x0c),
             Bytes("Test With Truncation"),
             "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
            {std::vector<uint8_t>(80, 0xaa),
             Bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
             "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
            {std::vector<uint8_t>(80, 0xaa),
             Bytes("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
             "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
        };
        int n = 1;
        for (const auto& v : vectors)
        {
            NS_TEST_ASSERT_MSG_EQ((WpaCrypto::HmacSha1(v.key, v.data) == HexBytes(v.digest)),
                                  true,
                                  "RFC 2202 HMAC-SHA1 test case " << n);
            ++n;
        }
    }
};

/// The IEEE 802.11 PRF.
class PrfTestCase : public TestCase
{
  public:
    PrfTestCase()
        : TestCase("PRF-128..512: IEEE 802.11 Annex J.3 PRF test vectors")
    {
    }

  private:
    void DoRun() override
    {
        struct Vector
        {
            std::vector<uint8_t> key;
            std::vector<uint8_t> data;
            std::string prf512;
        };

        const Vector vectors[] = {
            {std::vector<uint8_t>(20, 0x0b),
             Bytes("Hi There"),
             "bcd4c650b30b9684951829e0d75f9d54b862175ed9f00606e17d8da35402ffee"
             "75df78c3d31e0f889f012120c0862beb67753e7439ae242edb8373698356cf5a"},
            {Bytes("Jefe"),
             Bytes("what do ya want for nothing?"),
             "51f4de5b33f249adf81aeb713a3c20f4fe631446fabdfa58244759ae58ef9009"
             "a99abf4eac2ca5fa87e692c440eb40023e7babb206d61de7b92f41529092b8fc"},
            {std::vector<uint8_t>(20, 0xaa),
             std::vector<uint8_t>(50, 0xdd),
             "e1ac546ec4cb636f9976487be5c86be17a0252ca5d8d8df12cfb0473525249ce"
             "9dd8d177ead710bc9b590547239107aef7b4abd43d87f0a68f1cbd9e2b6f7607"},
        };
        int n = 1;
        for (const auto& v : vectors)
        {
            std::vector<uint8_t> expected = HexBytes(v.prf512);
            NS_TEST_ASSERT_MSG_EQ((WpaCrypto::Prf(v.key, "prefix", v.data, 512) == expected),
                                  true,
                                  "PRF-512 test case " << n);
            for (std::size_t bits : {128, 192, 256, 384})
            {
                std::vector<uint8_t> prefix(expected.begin(), expected.begin() + bits / 8);
                NS_TEST_ASSERT_MSG_EQ((WpaCrypto::Prf(v.key, "prefix", v.data, bits) == prefix),
                                      true,
                                      "PRF-" << bits << " is the first bits of PRF-512, case "
                                             << n);
            }
            ++n;
        }
        NS_TEST_ASSERT_MSG_EQ((WpaCrypto::Prf(vectors[0].key, "prefiy", vectors[0].data, 512) ==
                               HexBytes(vectors[0].prf512)),
                              false,
                              "the label is part of the input");
    }
};

/// PTK derivation, IEEE 802.11-2016 Annex J.7.
class PtkTestCase : public TestCase
{
  public:
    PtkTestCase()
        : TestCase("PTK for CCMP: IEEE 802.11-2016 Annex J.7.1 and J.7.2, Tables J-13 and J-14")
    {
    }

  private:
    void DoRun() override
    {
        // Table J-13 (note the AA as printed in the standard: a0-a1-a1-a3-a4-a5)
        std::vector<uint8_t> pmk =
            HexBytes("0dc0d6eb90555ed6419756b9a15ec3e3209b63df707dd508d14581f8982721af");
        Mac48Address aa("a0:a1:a1:a3:a4:a5");
        Mac48Address spa("b0:b1:b2:b3:b4:b5");
        std::vector<uint8_t> anonce =
            HexBytes("e0e1e2e3e4e5e6e7e8e9f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405");
        std::vector<uint8_t> snonce =
            HexBytes("c0c1c2c3c4c5c6c7c8c9d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5");
        WpaCrypto::Ptk ptk = WpaCrypto::DerivePtk(pmk, aa, spa, anonce, snonce);
        // Table J-14
        NS_TEST_ASSERT_MSG_EQ((ptk.kck == HexBytes("379f9852d0199236b94e407ce4c00ec8")),
                              true,
                              "KCK");
        NS_TEST_ASSERT_MSG_EQ((ptk.kek == HexBytes("47c9edc01c2c6e5b4910caddfb3e51a7")),
                              true,
                              "KEK");
        NS_TEST_ASSERT_MSG_EQ((ptk.tk == HexBytes("b2360c79e9710fdd58bea93deaf06599")), true, "TK");
        NS_TEST_ASSERT_MSG_EQ(ptk.GetBytes().size(), 48u, "384-bit PTK");
        NS_TEST_ASSERT_MSG_EQ(ptk.IsSet(), true, "set");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::Ptk().IsSet(), false, "empty PTK is not set");

        // Min/Max make the derivation independent of which side computes it.
        WpaCrypto::Ptk swapped = WpaCrypto::DerivePtk(pmk, spa, aa, snonce, anonce);
        NS_TEST_ASSERT_MSG_EQ((swapped == ptk), true, "swapped addresses and nonces");
        std::vector<uint8_t> other = snonce;
        other[31] ^= 1;
        NS_TEST_ASSERT_MSG_EQ((WpaCrypto::DerivePtk(pmk, aa, spa, anonce, other) == ptk),
                              false,
                              "another SNonce gives another PTK");
        NS_TEST_ASSERT_MSG_EQ(
            (WpaCrypto::DerivePtk(pmk, aa, Mac48Address("b0:b1:b2:b3:b4:b6"), anonce, snonce) ==
             ptk),
            false,
            "another SPA gives another PTK");
    }
};

/// EAPOL-Key MIC, key descriptor version 2.
class MicTestCase : public TestCase
{
  public:
    MicTestCase()
        : TestCase("EAPOL-Key MIC (HMAC-SHA1-128): iwd unit test-eapol.c vector")
    {
    }

  private:
    void DoRun() override
    {
        // A message 2 with its MIC field zero (iwd eapol_key_mic_data_1) and a KCK.
        std::vector<uint8_t> frame =
            HexBytes("01030075 02010a00 10000000 00000000 0159168b c3a5df18 d71efb64 23f34008"
                     "8dab9e1b a2bbc586 59e07b37 64b0de85 70000000 00000000 00000000 00000000"
                     "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000"
                     "00001630 14010000 0fac0401 00000fac 04010000 0fac0201 00");
        NS_TEST_ASSERT_MSG_EQ(frame.size(), 121u, "vector size");
        std::vector<uint8_t> kck = HexBytes("9a75ef0bde7c209ccae13f54b1b33ea3");
        NS_TEST_ASSERT_MSG_EQ(
            (WpaCrypto::EapolKeyMic(kck, frame) == HexBytes("6f0489cf7406acf0ae8fcb32bce57c37")),
            true,
            "MIC");
        frame[120] ^= 0x01;
        NS_TEST_ASSERT_MSG_EQ(
            (WpaCrypto::EapolKeyMic(kck, frame) == HexBytes("6f0489cf7406acf0ae8fcb32bce57c37")),
            false,
            "the MIC covers the key data");
    }
};

/// AES Key Wrap, RFC 3394.
class KeyWrapTestCase : public TestCase
{
  public:
    KeyWrapTestCase()
        : TestCase("AES Key Wrap and Unwrap: RFC 3394 sections 4.1-4.6, integrity check")
    {
    }

  private:
    void DoRun() override
    {
        const std::string kek128 = "000102030405060708090A0B0C0D0E0F";
        const std::string kek192 = kek128 + "1011121314151617";
        const std::string kek256 = kek192 + "18191A1B1C1D1E1F";
        const std::string data128 = "00112233445566778899AABBCCDDEEFF";
        const std::string data192 = data128 + "0001020304050607";
        const std::string data256 = data192 + "08090A0B0C0D0E0F";

        struct Vector
        {
            const char* section;
            std::string kek;
            std::string data;
            std::string wrapped;
        };

        const Vector vectors[] = {
            {"4.1", kek128, data128, "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"},
            {"4.2", kek192, data128, "96778B25AE6CA435F92B5B97C050AED2468AB8A17AD84E5D"},
            {"4.3", kek256, data128, "64E8C3F9CE0F5BA263E9777905818A2A93C8191E7D6E8AE7"},
            {"4.4",
             kek192,
             data192,
             "031D33264E15D33268F24EC260743EDCE1C6C7DDEE725A936BA814915C6762D2"},
            {"4.5",
             kek256,
             data192,
             "A8F9BC1612C68B3FF6E6F4FBE30E71E4769C8B80A32CB8958CD5D17D6B254DA1"},
            {"4.6",
             kek256,
             data256,
             "28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21"},
        };
        for (const auto& v : vectors)
        {
            std::vector<uint8_t> wrapped;
            NS_TEST_ASSERT_MSG_EQ(WpaCrypto::AesKeyWrap(HexBytes(v.kek), HexBytes(v.data), wrapped),
                                  true,
                                  "wrap " << v.section);
            NS_TEST_ASSERT_MSG_EQ((wrapped == HexBytes(v.wrapped)), true, "RFC 3394 " << v.section);
            std::vector<uint8_t> plain;
            NS_TEST_ASSERT_MSG_EQ(
                WpaCrypto::AesKeyUnwrap(HexBytes(v.kek), HexBytes(v.wrapped), plain),
                true,
                "unwrap " << v.section);
            NS_TEST_ASSERT_MSG_EQ((plain == HexBytes(v.data)), true, "unwrapped " << v.section);
            // Every single-bit change of the ciphertext fails the integrity check.
            std::vector<uint8_t> tampered = HexBytes(v.wrapped);
            for (std::size_t i = 0; i < tampered.size(); ++i)
            {
                for (int bit = 0; bit < 8; bit += 3)
                {
                    tampered[i] ^= uint8_t(1 << bit);
                    std::vector<uint8_t> out = {0x55};
                    NS_TEST_ASSERT_MSG_EQ(WpaCrypto::AesKeyUnwrap(HexBytes(v.kek), tampered, out),
                                          false,
                                          "tampered byte " << i << " of " << v.section);
                    NS_TEST_ASSERT_MSG_EQ(out.size(), 1u, "nothing written on failure");
                    tampered[i] ^= uint8_t(1 << bit);
                }
            }
        }
        std::vector<uint8_t> out;
        std::vector<uint8_t> wrongKek = HexBytes(kek128);
        wrongKek[0] ^= 0x80;
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyUnwrap(wrongKek,
                                    HexBytes("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"),
                                    out),
            false,
            "wrong KEK");
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyWrap(HexBytes(kek128), HexBytes("0011223344556677"), out),
            false,
            "8 bytes cannot be wrapped");
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyWrap(HexBytes(kek128), std::vector<uint8_t>(20, 0), out),
            false,
            "20 bytes is not a multiple of 8");
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyUnwrap(HexBytes(kek128), std::vector<uint8_t>(16, 0), out),
            false,
            "16 bytes of ciphertext are too short");
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyUnwrap(HexBytes(kek128), std::vector<uint8_t>(25, 0), out),
            false,
            "25 bytes are not a multiple of 8");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::AesKeyUnwrap(HexBytes(kek128), {}, out), false, "empty");
    }
};

/// PMKID.
class PmkidTestCase : public TestCase
{
  public:
    PmkidTestCase()
        : TestCase("PMKID = HMAC-SHA1-128(PMK, PMK Name, AA, SPA): hashcat 16801 self-test")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> pmk =
            HexBytes("5b13d4babb3714ccc62c9f71864bc984efd6a55f237c7a87fc2151e1ca658a9d");
        std::vector<uint8_t> pmkid = WpaCrypto::Pmkid(pmk,
                                                      Mac48Address("46:04:ba:73:4d:4e"),
                                                      Mac48Address("89:ac:f0:e7:61:f4"));
        NS_TEST_ASSERT_MSG_EQ((pmkid == HexBytes("2582a8281bf9d4308d6f5731d0e61c61")),
                              true,
                              "PMKID");
        NS_TEST_ASSERT_MSG_EQ((WpaCrypto::Pmkid(pmk,
                                                Mac48Address("89:ac:f0:e7:61:f4"),
                                                Mac48Address("46:04:ba:73:4d:4e")) == pmkid),
                              false,
                              "AA and SPA are not interchangeable in the PMKID");
    }
};

/// Hex helpers and constant-time comparison.
class HexTestCase : public TestCase
{
  public:
    HexTestCase()
        : TestCase("ParseHex, ToHex, ConstantTimeEqual")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> bytes;
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ParseHex("00:0F-ac 04", bytes), true, "separators");
        NS_TEST_ASSERT_MSG_EQ((bytes == std::vector<uint8_t>{0x00, 0x0f, 0xac, 0x04}), true, "");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ToHex(bytes), "000fac04", "ToHex");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ParseHex("abc", bytes), false, "odd digit count");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ParseHex("zz", bytes), false, "not hex");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ConstantTimeEqual({1, 2}, {1, 2}), true, "equal");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ConstantTimeEqual({1, 2}, {1, 3}), false, "differ");
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::ConstantTimeEqual({1, 2}, {1}), false, "sizes differ");
    }
};

/// The suite.
class WpaCryptoTestSuite : public TestSuite
{
  public:
    WpaCryptoTestSuite()
        : TestSuite("wlc-wpa-crypto", WLC_TEST_UNIT)
    {
        AddTestCase(new PbkdfTestCase, WLC_TEST_QUICK);
        AddTestCase(new HmacSha1TestCase, WLC_TEST_QUICK);
        AddTestCase(new PrfTestCase, WLC_TEST_QUICK);
        AddTestCase(new PtkTestCase, WLC_TEST_QUICK);
        AddTestCase(new MicTestCase, WLC_TEST_QUICK);
        AddTestCase(new KeyWrapTestCase, WLC_TEST_QUICK);
        AddTestCase(new PmkidTestCase, WLC_TEST_QUICK);
        AddTestCase(new HexTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
WpaCryptoTestSuite g_wpaCryptoTestSuite;

} // namespace
} // namespace ns3
