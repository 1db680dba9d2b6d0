/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"
#include "wlc-wpa-test-vectors.h"

#include "ns3/eapol-frame.h"
#include "ns3/eapol-key-frame.h"
#include "ns3/rsn-element.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <random>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * EAPOL header (IEEE 802.1X-2004 7.5), EAPOL-Key body with the IEEE 802.11 key descriptor
 * (IEEE 802.11-2020 12.7.2), RSN element (9.4.2.24) and Key Data KDEs / padding: exact byte
 * images written from the standards' layouts, decoding of a third-party 4-way handshake
 * capture (iwd unit/test-eapol.c, real AP and station), strict rejection of malformed,
 * truncated and corrupted input.
 */

namespace ns3
{
namespace
{

using wlctest::HexBytes;
// iwd unit/test-eapol.c: a real handshake (wlc-wpa-test-vectors.h).
using wlctest::IWD_M1;
using wlctest::IWD_M2;
using wlctest::IWD_M3;
using wlctest::IWD_M4;

/// The EAPOL header.
class EapolHeaderTestCase : public TestCase
{
  public:
    EapolHeaderTestCase()
        : TestCase("EAPOL header: encode, decode, padding, versions, types, lengths")
    {
    }

  private:
    void DoRun() override
    {
        EapolFrame start(EapolFrame::VERSION_2004, EapolFrame::EAPOL_START, {});
        NS_TEST_ASSERT_MSG_EQ((start.Encode() == HexBytes("02010000")), true, "EAPOL-Start v2");
        EapolFrame logoff(EapolFrame::VERSION_2001, EapolFrame::EAPOL_LOGOFF, {});
        NS_TEST_ASSERT_MSG_EQ((logoff.Encode() == HexBytes("01020000")), true, "EAPOL-Logoff v1");
        EapolFrame eap(EapolFrame::VERSION_2004, EapolFrame::EAP_PACKET, HexBytes("01010005 01"));
        NS_TEST_ASSERT_MSG_EQ((eap.Encode() == HexBytes("02000005 01010005 01")),
                              true,
                              "EAP-Packet (Request/Identity)");

        // EAPOL-Start padded to the 46-byte minimum Ethernet payload.
        std::vector<uint8_t> padded = HexBytes("02010000");
        padded.resize(46, 0);
        EapolFrame frame;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(padded, frame, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(unsigned(frame.GetPacketType()), 1u, "EAPOL-Start");
        NS_TEST_ASSERT_MSG_EQ(frame.GetBody().size(), 0u, "empty body");
        NS_TEST_ASSERT_MSG_EQ(frame.GetTrailingBytes(), 42u, "padding ignored and counted");

        NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(HexBytes("00030000"), frame, why), false, "v0");
        NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(HexBytes("03030000"), frame, why),
                              false,
                              "v3 is not 1 or 2");
        NS_TEST_ASSERT_MSG_EQ(why, "unsupported EAPOL protocol version 3", "reason");
        NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(HexBytes("02040000"), frame, why),
                              false,
                              "type 4 (ASF alert)");
        NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(HexBytes("02030005 01020304"), frame, why),
                              false,
                              "body length past the end");
        NS_TEST_ASSERT_MSG_EQ(why, "EAPOL body length 5 exceeds the 4 bytes after the header", "");
        for (std::size_t n = 0; n < 4; ++n)
        {
            std::vector<uint8_t> prefix(padded.begin(), padded.begin() + n);
            NS_TEST_ASSERT_MSG_EQ(EapolFrame::Decode(prefix, frame, why),
                                  false,
                                  "header prefix " << n);
        }
        NS_TEST_ASSERT_MSG_EQ(EapolFrame::PacketTypeName(3), "EAPOL-Key", "name");
    }
};

/// Decode the four messages of a real handshake and check every field.
class EapolKeyDecodeTestCase : public TestCase
{
  public:
    EapolKeyDecodeTestCase()
        : TestCase("EAPOL-Key: decode a real 4-way handshake field by field and re-encode it")
    {
    }

  private:
    void DoRun() override
    {
        const char* images[] = {IWD_M1, IWD_M2, IWD_M3, IWD_M4};
        const uint16_t keyInfo[] = {0x008a, 0x010a, 0x13ca, 0x030a};
        const uint16_t keyLength[] = {16, 0, 16, 0};
        const uint64_t counter[] = {0, 0, 1, 1};
        const std::size_t keyDataLength[] = {0, 22, 56, 0};
        const uint8_t version[] = {2, 1, 2, 1};
        const EapolKeyFrame::HandshakeMessage kind[] = {EapolKeyFrame::MESSAGE_1,
                                                        EapolKeyFrame::MESSAGE_2,
                                                        EapolKeyFrame::MESSAGE_3,
                                                        EapolKeyFrame::MESSAGE_4};
        for (int i = 0; i < 4; ++i)
        {
            std::vector<uint8_t> bytes = HexBytes(images[i]);
            EapolFrame eapol;
            EapolKeyFrame key;
            std::string why;
            NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(bytes, eapol, key, why),
                                  true,
                                  "message " << i + 1 << ": " << why);
            NS_TEST_ASSERT_MSG_EQ(unsigned(eapol.GetProtocolVersion()), version[i], "version");
            NS_TEST_ASSERT_MSG_EQ(eapol.GetBody().size(), 95 + keyDataLength[i], "body length");
            NS_TEST_ASSERT_MSG_EQ(unsigned(key.GetDescriptorType()), 2u, "RSN descriptor");
            NS_TEST_ASSERT_MSG_EQ(key.GetKeyInformation(), keyInfo[i], "Key Information");
            NS_TEST_ASSERT_MSG_EQ(unsigned(key.GetDescriptorVersion()), 2u, "HMAC-SHA1/AES");
            NS_TEST_ASSERT_MSG_EQ(key.GetKeyLength(), keyLength[i], "Key Length");
            NS_TEST_ASSERT_MSG_EQ(key.GetReplayCounter(), counter[i], "replay counter");
            NS_TEST_ASSERT_MSG_EQ(key.GetKeyData().size(), keyDataLength[i], "key data");
            NS_TEST_ASSERT_MSG_EQ(key.Classify(), kind[i], "classified");
            NS_TEST_ASSERT_MSG_EQ((key.EncodeEapol(version[i]) == bytes), true, "re-encoded");
            NS_TEST_ASSERT_MSG_EQ(key.GetSerializedSize(), eapol.GetBody().size(), "size");
            // The MIC input is the frame with the 16 MIC octets zeroed.
            std::vector<uint8_t> micInput = bytes;
            std::fill(micInput.begin() + 81, micInput.begin() + 97, 0);
            NS_TEST_ASSERT_MSG_EQ((EapolKeyFrame::MicInput(eapol) == micInput), true, "input");
            NS_TEST_ASSERT_MSG_EQ((key.EncodeEapol(version[i], true) == micInput), true, "zero");
        }

        std::vector<uint8_t> m3 = HexBytes(IWD_M3);
        EapolFrame eapol;
        EapolKeyFrame key;
        std::string why;
        EapolKeyFrame::DecodeEapol(m3, eapol, key, why);
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_KEY_TYPE), true, "pairwise");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_INSTALL), true, "install");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_KEY_ACK), true, "ack");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_KEY_MIC), true, "mic");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_SECURE), true, "secure");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_ERROR), false, "error");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_REQUEST), false, "request");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_ENCRYPTED_KEY_DATA),
                              true,
                              "encrypted key data");
        NS_TEST_ASSERT_MSG_EQ(key.HasFlag(EapolKeyFrame::KEY_INFO_SMK_MESSAGE), false, "smk");
        NS_TEST_ASSERT_MSG_EQ(key.KeyInformationToString(),
                              "ver=2 pairwise install ack mic secure enc",
                              "text");
        NS_TEST_ASSERT_MSG_EQ(
            (key.GetNonce() ==
             HexBytes("c2bb57ab588f92ebbd44e811094f601c087986030c3ac749cc61d63e33832e50")),
            true,
            "ANonce");
        NS_TEST_ASSERT_MSG_EQ((key.GetMic() == HexBytes("f535d91809731a1d290894705e919c8e")),
                              true,
                              "MIC");
        NS_TEST_ASSERT_MSG_EQ((key.GetIv() == std::vector<uint8_t>(16, 0)), true, "IV");
        NS_TEST_ASSERT_MSG_EQ(key.GetRscValue(), 0u, "RSC");

        // Every Key Information bit at its place (IEEE 802.11-2020 Figure 12-33).
        EapolKeyFrame bits;
        bits.SetDescriptorVersion(EapolKeyFrame::VERSION_AES_CMAC);
        NS_TEST_ASSERT_MSG_EQ(bits.GetKeyInformation(), 0x0003, "version bits 0-2");
        const uint16_t flags[] = {EapolKeyFrame::KEY_INFO_KEY_TYPE,
                                  EapolKeyFrame::KEY_INFO_INSTALL,
                                  EapolKeyFrame::KEY_INFO_KEY_ACK,
                                  EapolKeyFrame::KEY_INFO_KEY_MIC,
                                  EapolKeyFrame::KEY_INFO_SECURE,
                                  EapolKeyFrame::KEY_INFO_ERROR,
                                  EapolKeyFrame::KEY_INFO_REQUEST,
                                  EapolKeyFrame::KEY_INFO_ENCRYPTED_KEY_DATA,
                                  EapolKeyFrame::KEY_INFO_SMK_MESSAGE};
        const int bitNumbers[] = {3, 6, 7, 8, 9, 10, 11, 12, 13};
        for (int i = 0; i < 9; ++i)
        {
            EapolKeyFrame one;
            one.SetFlag(flags[i], true);
            NS_TEST_ASSERT_MSG_EQ(one.GetKeyInformation(), uint16_t(1u << bitNumbers[i]), "bit");
            std::vector<uint8_t> body = one.Encode();
            NS_TEST_ASSERT_MSG_EQ(unsigned(body[1]), unsigned((1u << bitNumbers[i]) >> 8), "hi");
            NS_TEST_ASSERT_MSG_EQ(unsigned(body[2]), unsigned((1u << bitNumbers[i]) & 0xff), "lo");
            one.SetFlag(flags[i], false);
            NS_TEST_ASSERT_MSG_EQ(one.GetKeyInformation(), 0, "cleared");
        }
        EapolKeyFrame rsc;
        rsc.SetRscValue(0x0000060504030201ULL);
        NS_TEST_ASSERT_MSG_EQ((rsc.GetRsc() == HexBytes("0102030405060000")),
                              true,
                              "RSC LSB first");
        EapolKeyFrame request;
        request.SetFlag(EapolKeyFrame::KEY_INFO_REQUEST, true);
        NS_TEST_ASSERT_MSG_EQ(request.Classify(), EapolKeyFrame::REQUEST, "request");
        EapolKeyFrame group;
        group.SetFlag(EapolKeyFrame::KEY_INFO_KEY_ACK, true);
        group.SetFlag(EapolKeyFrame::KEY_INFO_KEY_MIC, true);
        NS_TEST_ASSERT_MSG_EQ(group.Classify(), EapolKeyFrame::GROUP_MESSAGE_1, "group 1");
    }
};

/// Strict rejection of malformed EAPOL-Key frames.
class EapolKeyRejectTestCase : public TestCase
{
  public:
    EapolKeyRejectTestCase()
        : TestCase("EAPOL-Key: descriptor type, lengths, every truncation, random corruption")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> m3 = HexBytes(IWD_M3);
        std::vector<uint8_t> body(m3.begin() + 4, m3.end());
        EapolKeyFrame key;
        EapolFrame eapol;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(body, key, why), true, why);

        std::vector<uint8_t> bad = body;
        bad[0] = 254;
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(bad, key, why), false, "WPA descriptor");
        NS_TEST_ASSERT_MSG_EQ(why, "EAPOL-Key descriptor type 254 (WPA) not supported", "");
        bad[0] = 1;
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(bad, key, why), false, "RC4 descriptor");
        bad[0] = 7;
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(bad, key, why), false, "descriptor 7");
        NS_TEST_ASSERT_MSG_EQ(why, "unknown EAPOL-Key descriptor type 7", "");

        bad = body;
        bad[93] = 0x00;
        bad[94] = 0x39; // 57 > 56
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(bad, key, why), false, "key data too long");
        NS_TEST_ASSERT_MSG_EQ(why,
                              "Key Data Length 57 does not match the 56 bytes of key data",
                              "");
        bad[94] = 0x37; // 55 < 56
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(bad, key, why), false, "key data too short");
        NS_TEST_ASSERT_MSG_EQ(why,
                              "Key Data Length 55 does not match the 56 bytes of key data",
                              "");

        // EAPOL body length disagreeing with the key frame: the body is cut short.
        bad = m3;
        bad[3] = 0x96; // 150 instead of 151
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(bad, eapol, key, why),
                              false,
                              "EAPOL body one byte short of the key data");
        bad[3] = 0x98; // 152 > bytes
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(bad, eapol, key, why),
                              false,
                              "EAPOL body longer than the frame");
        bad = m3;
        bad[1] = EapolFrame::EAP_PACKET;
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(bad, eapol, key, why), false, "type 0");
        NS_TEST_ASSERT_MSG_EQ(why, "not an EAPOL-Key frame (EAP-Packet)", "");

        // Every prefix of the frame and of the body is rejected.
        for (std::size_t n = 0; n < m3.size(); ++n)
        {
            std::vector<uint8_t> prefix(m3.begin(), m3.begin() + n);
            NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(prefix, eapol, key, why),
                                  false,
                                  "frame prefix " << n);
        }
        for (std::size_t n = 0; n < body.size(); ++n)
        {
            std::vector<uint8_t> prefix(body.begin(), body.begin() + n);
            NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::Decode(prefix, key, why),
                                  false,
                                  "body prefix " << n);
            NS_TEST_ASSERT_MSG_EQ(why.empty(), false, "a reason for prefix " << n);
        }
        // Trailing Ethernet padding after the EAPOL body is not key data.
        std::vector<uint8_t> m4 = HexBytes(IWD_M4);
        m4.resize(m4.size() + 10, 0);
        NS_TEST_ASSERT_MSG_EQ(EapolKeyFrame::DecodeEapol(m4, eapol, key, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(key.GetKeyData().size(), 0u, "no key data");
        NS_TEST_ASSERT_MSG_EQ(eapol.GetTrailingBytes(), 10u, "padding");

        // Random corruption never crashes; whatever decodes re-encodes to the same body.
        std::mt19937 rng(20240601);
        const char* images[] = {IWD_M1, IWD_M2, IWD_M3, IWD_M4};
        int decoded = 0;
        for (int round = 0; round < 4000; ++round)
        {
            std::vector<uint8_t> bytes = HexBytes(images[round % 4]);
            int flips = 1 + int(rng() % 4);
            for (int f = 0; f < flips; ++f)
            {
                bytes[rng() % bytes.size()] ^= uint8_t(1 + rng() % 255);
            }
            if (rng() % 4 == 0)
            {
                bytes.resize(rng() % (bytes.size() + 1));
            }
            if (EapolKeyFrame::DecodeEapol(bytes, eapol, key, why))
            {
                ++decoded;
                NS_TEST_ASSERT_MSG_EQ((key.Encode() == eapol.GetBody()), true, "round trip");
            }
            RsnElement element;
            RsnElement::Decode(bytes, element, why);
            RsnKeyData::Contents contents;
            RsnKeyData::Parse(bytes, contents, why);
        }
        NS_TEST_ASSERT_MSG_GT(decoded, 0, "some corrupted frames still decode (flags, nonces)");
    }
};

/// The RSN element.
class RsnElementTestCase : public TestCase
{
  public:
    RsnElementTestCase()
        : TestCase("RSN element: byte images, defaults, truncation at field boundaries, errors")
    {
    }

  private:
    void DoRun() override
    {
        // WPA2-Personal, CCMP: IEEE 802.11-2020 9.4.2.24 layout, little-endian counts.
        const std::vector<uint8_t> psk =
            HexBytes("3014 0100 000fac04 0100 000fac04 0100 000fac02 0000");
        RsnElement element;
        NS_TEST_ASSERT_MSG_EQ((element.Encode() == psk), true, "default element, 22 bytes");
        NS_TEST_ASSERT_MSG_EQ(element.GetSerializedSize(), 22u, "size");
        RsnElement decoded;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(psk, decoded, why), true, why);
        NS_TEST_ASSERT_MSG_EQ((decoded == element), true, "decoded = default");

        // Mixed mode, two AKMs, capabilities, one PMKID, BIP.
        const std::vector<uint8_t> pmkid = HexBytes("000102030405060708090a0b0c0d0e0f");
        const std::vector<uint8_t> full = HexBytes("3032 0100 000fac02 0200 000fac02 000fac04"
                                                   "0200 000fac02 000fac04 0c00"
                                                   "0100 000102030405060708090a0b0c0d0e0f"
                                                   "000fac06");
        RsnElement mixed;
        mixed.SetGroupCipher(RsnElement::CIPHER_TKIP);
        mixed.SetPairwiseCiphers({RsnElement::CIPHER_TKIP, RsnElement::CIPHER_CCMP});
        mixed.SetAkmSuites({RsnElement::AKM_PSK, RsnElement::AKM_FT_PSK});
        mixed.SetCapabilities(0x000c);
        mixed.SetPmkids({pmkid});
        mixed.SetGroupManagementCipher(RsnElement::CIPHER_BIP_CMAC);
        NS_TEST_ASSERT_MSG_EQ((mixed.Encode() == full), true, "full element");
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(full, decoded, why), true, why);
        NS_TEST_ASSERT_MSG_EQ((decoded == mixed), true, "full round trip");
        NS_TEST_ASSERT_MSG_EQ(decoded.GetCapabilities(), 0x000c, "capabilities little endian");
        NS_TEST_ASSERT_MSG_EQ(decoded.HasAkm(RsnElement::AKM_FT_PSK), true, "FT-PSK");
        NS_TEST_ASSERT_MSG_EQ(decoded.HasPairwiseCipher(RsnElement::CIPHER_TKIP), true, "TKIP");
        NS_TEST_ASSERT_MSG_EQ(RsnElement::SuiteToString(RsnElement::AKM_FT_PSK),
                              "00-0F-AC:4",
                              "suite text");

        // The element may end after any field: only those truncations decode.
        std::vector<uint8_t> body(full.begin() + 2, full.end());
        for (std::size_t n = 0; n <= body.size(); ++n)
        {
            std::vector<uint8_t> truncated = {48, uint8_t(n)};
            truncated.insert(truncated.end(), body.begin(), body.begin() + n);
            bool boundary = n == 2 || n == 6 || n == 16 || n == 26 || n == 28 || n == 46 || n == 50;
            NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(truncated, decoded, why),
                                  boundary,
                                  "body of " << n << " bytes: " << why);
        }
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(HexBytes("3002 0100"), decoded, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(decoded.GetGroupCipher(), RsnElement::CIPHER_CCMP, "default group");
        NS_TEST_ASSERT_MSG_EQ(
            (decoded.GetPairwiseCiphers() == std::vector<uint32_t>{RsnElement::CIPHER_CCMP}),
            true,
            "default pairwise");
        NS_TEST_ASSERT_MSG_EQ(
            (decoded.GetAkmSuites() == std::vector<uint32_t>{RsnElement::AKM_8021X}),
            true,
            "default AKM is 802.1X");

        // Errors.
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(HexBytes("dd14 0100 000fac04 0100 000fac04 0100 "
                                                          "000fac02 0000"),
                                                 decoded,
                                                 why),
                              false,
                              "not element 48");
        std::vector<uint8_t> wrong = psk;
        wrong[1] = 0x15;
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(wrong, decoded, why), false, "length too long");
        wrong = psk;
        wrong.push_back(0);
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(wrong, decoded, why),
                              false,
                              "bytes after the element");
        wrong = psk;
        wrong[2] = 2;
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(wrong, decoded, why), false, "version 2");
        NS_TEST_ASSERT_MSG_EQ(why, "unsupported RSN version 2", "");
        wrong = psk;
        wrong[8] = 0;
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(wrong, decoded, why), false, "no pairwise");
        NS_TEST_ASSERT_MSG_EQ(why, "RSN element has an empty pairwise cipher suite list", "");
        wrong = psk;
        wrong[8] = 2;
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(wrong, decoded, why),
                              false,
                              "pairwise count 2 with one suite... ");
        NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(HexBytes("3017 0100 000fac04 0100 000fac04 0100 "
                                                          "000fac02 0000 01"),
                                                 decoded,
                                                 why),
                              false,
                              "a lone byte after the capabilities");
        for (std::size_t n = 0; n < psk.size(); ++n)
        {
            std::vector<uint8_t> prefix(psk.begin(), psk.begin() + n);
            NS_TEST_ASSERT_MSG_EQ(RsnElement::Decode(prefix, decoded, why), false, "prefix " << n);
        }
    }
};

/// Key Data: KDEs and padding.
class KeyDataTestCase : public TestCase
{
  public:
    KeyDataTestCase()
        : TestCase("Key Data: GTK and PMKID KDEs, AES key wrap padding, parsing")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<uint8_t> gtk = HexBytes("000102030405060708090a0b0c0d0e0f");
        // IEEE 802.11-2020 Figure 12-35 (KDE) and Figure 12-36 (GTK KDE).
        NS_TEST_ASSERT_MSG_EQ((RsnKeyData::EncodeGtkKde(1, false, gtk) ==
                               HexBytes("dd16 000fac 01 0100 000102030405060708090a0b0c0d0e0f")),
                              true,
                              "GTK KDE key ID 1");
        NS_TEST_ASSERT_MSG_EQ((RsnKeyData::EncodeGtkKde(2, true, gtk) ==
                               HexBytes("dd16 000fac 01 0600 000102030405060708090a0b0c0d0e0f")),
                              true,
                              "GTK KDE key ID 2 with Tx");
        NS_TEST_ASSERT_MSG_EQ((RsnKeyData::EncodePmkidKde(gtk) ==
                               HexBytes("dd14 000fac 04 000102030405060708090a0b0c0d0e0f")),
                              true,
                              "PMKID KDE");

        // Padding: 0xDD then zeros to a multiple of 8, at least 16.
        NS_TEST_ASSERT_MSG_EQ((RsnKeyData::Pad(std::vector<uint8_t>(46, 1)).size()), 48u, "46");
        std::vector<uint8_t> padded = RsnKeyData::Pad(std::vector<uint8_t>(46, 1));
        NS_TEST_ASSERT_MSG_EQ(unsigned(padded[46]), 0xddu, "DD");
        NS_TEST_ASSERT_MSG_EQ(unsigned(padded[47]), 0u, "00");
        NS_TEST_ASSERT_MSG_EQ(
            (RsnKeyData::Pad(std::vector<uint8_t>(16, 1)) == std::vector<uint8_t>(16, 1)),
            true,
            "16 bytes need no padding");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Pad(std::vector<uint8_t>(24, 1)).size(), 24u, "24");
        std::vector<uint8_t> eight(8, 1);
        std::vector<uint8_t> eightPadded = eight;
        eightPadded.push_back(0xdd);
        eightPadded.resize(16, 0);
        NS_TEST_ASSERT_MSG_EQ((RsnKeyData::Pad(eight) == eightPadded), true, "8 -> 16");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Pad(std::vector<uint8_t>(17, 1)).size(), 24u, "17");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Pad(std::vector<uint8_t>(23, 1)).size(), 24u, "23");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Pad({}).size(), 16u, "empty -> 16");

        // Parse RSN element + GTK KDE + padding, as in a message 3 (iwd capture plaintext).
        std::vector<uint8_t> plain = HexBytes("3014 0100 000fac04 0100 000fac04 0100 000fac02 0000"
                                              "dd16 000fac 01 0200 2e156e7c4e3df1370913edbd628e2565"
                                              "dd00");
        RsnKeyData::Contents contents;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(plain, contents, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(contents.rsnElement.size(), 22u, "RSN element");
        NS_TEST_ASSERT_MSG_EQ(contents.hasGtk, true, "GTK");
        NS_TEST_ASSERT_MSG_EQ(unsigned(contents.gtkKeyId), 2u, "key ID");
        NS_TEST_ASSERT_MSG_EQ(contents.gtkTx, false, "Tx");
        NS_TEST_ASSERT_MSG_EQ((contents.gtk == HexBytes("2e156e7c4e3df1370913edbd628e2565")),
                              true,
                              "GTK bytes");
        NS_TEST_ASSERT_MSG_EQ(contents.paddingSize, 2u, "padding");
        NS_TEST_ASSERT_MSG_EQ(contents.other.size(), 0u, "nothing else");

        std::vector<uint8_t> withPmkid = HexBytes("dd14 000fac 04 000102030405060708090a0b0c0d0e0f"
                                                  "dd05 0050f2 04 01" // another vendor element
                                                  "dd");              // lone padding octet
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(withPmkid, contents, why), true, why);
        NS_TEST_ASSERT_MSG_EQ((contents.pmkid == gtk), true, "PMKID");
        NS_TEST_ASSERT_MSG_EQ(contents.other.size(), 1u, "vendor element kept");
        NS_TEST_ASSERT_MSG_EQ(contents.paddingSize, 1u, "lone DD is padding");

        std::vector<uint8_t> bad = plain;
        bad.back() = 1;
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(bad, contents, why), false, "non-zero padding");
        bad = plain;
        bad[1] = 0x30;
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(bad, contents, why), false, "element overrun");
        std::vector<uint8_t> twoGtk = RsnKeyData::EncodeGtkKde(1, false, gtk);
        std::vector<uint8_t> second = RsnKeyData::EncodeGtkKde(2, false, gtk);
        twoGtk.insert(twoGtk.end(), second.begin(), second.end());
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(twoGtk, contents, why), false, "two GTK KDEs");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(HexBytes("dd05 000fac 01 01"), contents, why),
                              false,
                              "GTK KDE without a GTK");
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(HexBytes("dd06 000fac 04 0102"), contents, why),
                              false,
                              "short PMKID KDE");
        std::vector<uint8_t> twoRsn = plain;
        twoRsn.insert(twoRsn.begin(), plain.begin(), plain.begin() + 22);
        NS_TEST_ASSERT_MSG_EQ(RsnKeyData::Parse(twoRsn, contents, why), false, "two RSN");
        for (std::size_t n = 1; n < 46; ++n)
        {
            // Cutting inside an element fails; a cut after the RSN element parses, and so does
            // one after the next 0xDD octet, which then reads as padding.
            std::vector<uint8_t> prefix(plain.begin(), plain.begin() + n);
            bool ok = RsnKeyData::Parse(prefix, contents, why);
            NS_TEST_ASSERT_MSG_EQ(ok, (n == 22 || n == 23), "prefix " << n);
        }
    }
};

/// The suite.
class EapolFrameTestSuite : public TestSuite
{
  public:
    EapolFrameTestSuite()
        : TestSuite("wlc-eapol-frame", WLC_TEST_UNIT)
    {
        AddTestCase(new EapolHeaderTestCase, WLC_TEST_QUICK);
        AddTestCase(new EapolKeyDecodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new EapolKeyRejectTestCase, WLC_TEST_QUICK);
        AddTestCase(new RsnElementTestCase, WLC_TEST_QUICK);
        AddTestCase(new KeyDataTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
EapolFrameTestSuite g_eapolFrameTestSuite;

} // namespace
} // namespace ns3
