/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/radius-packet.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <random>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * RADIUS packets (RFC 2865): the Access-Request / Access-Accept example of RFC 2865 §7.1
 * (Response Authenticator known answer), Message-Authenticator (RFC 3579 §3.2) against values
 * computed independently with Python's hmac module and with OpenSSL's HMAC() called here,
 * MS-MPPE-Recv-Key encryption (RFC 2548 §2.4.3) against a Python computation, EAP-Message
 * splitting at 253 octets, strict rejection of truncated and malformed packets, random
 * corruption.
 */

namespace ns3
{
namespace
{

using wlctest::HexBytes;
using wlctest::HexString;

/// RFC 2865 §7.1: Access-Request from NAS 192.168.1.16 port 3 for user "nemo", secret
/// "xyzzy5461".
const char* RFC2865_REQUEST = "01 00 0038 0f403f9473978057bd83d5cb98f4227a"
                              "01 06 6e656d6f"
                              "02 12 0dbe708d93d413ce3196e43f782a0aee"
                              "04 06 c0a80110"
                              "05 06 00000003";
/// RFC 2865 §7.1: the Access-Accept answering it (Service-Type Login, Login-Service Telnet,
/// Login-IP-Host 192.168.1.3).
const char* RFC2865_ACCEPT = "02 00 0026 86fe220e7624ba2a1005f6bf9b55e0b2"
                             "06 06 00000001"
                             "0f 06 00000000"
                             "0e 06 c0a80103";
/// The secret of RFC 2865 §7.
const std::string RFC2865_SECRET = "xyzzy5461";

/// \return the authenticator 00 01 .. 0f
RadiusPacket::Authenticator
CountingAuthenticator()
{
    RadiusPacket::Authenticator a;
    for (std::size_t i = 0; i < a.size(); ++i)
    {
        a[i] = static_cast<uint8_t>(i);
    }
    return a;
}

/// \param bytes an image \param from first octet \param size octets \return the sub-range
std::vector<uint8_t>
Slice(const std::vector<uint8_t>& bytes, std::size_t from, std::size_t size)
{
    return std::vector<uint8_t>(bytes.begin() + from, bytes.begin() + from + size);
}

/// RFC 2865 §7.1.
class RadiusRfc2865TestCase : public TestCase
{
  public:
    RadiusRfc2865TestCase()
        : TestCase("RADIUS: RFC 2865 §7.1 Access-Request and Response Authenticator known answer")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> requestBytes = HexBytes(RFC2865_REQUEST);
        RadiusPacket request;
        std::string why;
        WLC_REQUIRE_EQ(RadiusPacket::Decode(requestBytes, request, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(unsigned(request.GetCode()), 1u, "Access-Request");
        NS_TEST_EXPECT_MSG_EQ(unsigned(request.GetIdentifier()), 0u, "identifier");
        NS_TEST_EXPECT_MSG_EQ(request.GetAttributes().size(), 4u, "4 attributes");
        std::string user;
        NS_TEST_EXPECT_MSG_EQ(request.FindStringAttribute(RadiusPacket::USER_NAME, user),
                              true,
                              "User-Name");
        NS_TEST_EXPECT_MSG_EQ(user, "nemo", "User-Name");
        uint32_t port = 0;
        NS_TEST_EXPECT_MSG_EQ(request.FindIntegerAttribute(RadiusPacket::NAS_PORT, port),
                              true,
                              "NAS-Port");
        NS_TEST_EXPECT_MSG_EQ(port, 3u, "NAS-Port 3");
        std::vector<uint8_t> address;
        request.FindAttribute(RadiusPacket::NAS_IP_ADDRESS, address);
        NS_TEST_EXPECT_MSG_EQ(HexString(address), HexString(HexBytes("c0a80110")), "NAS-IP");
        // Re-encoding the decoded request gives the same image (no Message-Authenticator).
        NS_TEST_EXPECT_MSG_EQ(HexString(request.EncodeRequest(RFC2865_SECRET)),
                              HexString(requestBytes),
                              "request re-encoded");

        RadiusPacket accept(RadiusPacket::ACCESS_ACCEPT, 0);
        accept.AddIntegerAttribute(RadiusPacket::SERVICE_TYPE, 1);  // Login
        accept.AddIntegerAttribute(15, 0);                          // Login-Service Telnet
        accept.AddAddressAttribute(14, Ipv4Address("192.168.1.3")); // Login-IP-Host
        std::vector<uint8_t> acceptBytes =
            accept.EncodeResponse(request.GetAuthenticator(), RFC2865_SECRET);
        NS_TEST_EXPECT_MSG_EQ(HexString(acceptBytes),
                              HexString(HexBytes(RFC2865_ACCEPT)),
                              "Access-Accept with its Response Authenticator");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyResponseAuthenticator(HexBytes(RFC2865_ACCEPT),
                                                                        request.GetAuthenticator(),
                                                                        RFC2865_SECRET),
                              true,
                              "verified");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyResponseAuthenticator(HexBytes(RFC2865_ACCEPT),
                                                                        request.GetAuthenticator(),
                                                                        "xyzzy5462"),
                              false,
                              "wrong secret");
        RadiusPacket::Authenticator other = request.GetAuthenticator();
        other[15] ^= 1;
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyResponseAuthenticator(HexBytes(RFC2865_ACCEPT),
                                                                        other,
                                                                        RFC2865_SECRET),
                              false,
                              "another request's authenticator");
        for (std::size_t i = 0; i < acceptBytes.size(); ++i)
        {
            std::vector<uint8_t> flipped = acceptBytes;
            flipped[i] ^= 0x01;
            NS_TEST_EXPECT_MSG_EQ(
                RadiusPacket::VerifyResponseAuthenticator(flipped,
                                                          request.GetAuthenticator(),
                                                          RFC2865_SECRET),
                false,
                "octet " << i << " changed");
        }
        // Padding after Length is ignored (RFC 2865 §3) and not part of the digest.
        std::vector<uint8_t> padded = HexBytes(RFC2865_ACCEPT);
        padded.resize(padded.size() + 7, 0xee);
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyResponseAuthenticator(padded,
                                                                        request.GetAuthenticator(),
                                                                        RFC2865_SECRET),
                              true,
                              "padding ignored");
    }
};

/// Message-Authenticator.
class RadiusMessageAuthenticatorTestCase : public TestCase
{
  public:
    RadiusMessageAuthenticatorTestCase()
        : TestCase("RADIUS: Message-Authenticator of requests and responses (RFC 3579 §3.2)")
    {
    }

  private:
    void DoRun() override
    {
        // Known answers computed with Python's hmac/hashlib from the RFC 3579 §3.2 definition.
        RadiusPacket request(RadiusPacket::ACCESS_REQUEST, 0x2a);
        request.SetAuthenticator(CountingAuthenticator());
        request.AddStringAttribute(RadiusPacket::USER_NAME, "nemo");
        request.SetEapMessage(HexBytes("02 00 0009 01 6e656d6f"));
        std::vector<uint8_t> requestBytes = request.EncodeRequest(RFC2865_SECRET);
        NS_TEST_EXPECT_MSG_EQ(HexString(requestBytes),
                              HexString(HexBytes("012a0037000102030405060708090a0b0c0d0e0f"
                                                 "01066e656d6f"
                                                 "4f0b02000009016e656d6f"
                                                 "5012e61309c047521097a48e2ddc93e60f2b")),
                              "Access-Request with Message-Authenticator");
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(requestBytes,
                                                                       RFC2865_SECRET,
                                                                       nullptr,
                                                                       true,
                                                                       why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ(
            RadiusPacket::VerifyMessageAuthenticator(requestBytes, "other", nullptr, true, why),
            false,
            "wrong secret");
        NS_TEST_EXPECT_MSG_EQ(why, "bad Message-Authenticator", "reason");

        RadiusPacket challenge(RadiusPacket::ACCESS_CHALLENGE, 0x2a);
        challenge.AddAttribute(RadiusPacket::EAP_MESSAGE, HexBytes("0101000501"));
        challenge.AddStringAttribute(RadiusPacket::STATE, "abc");
        challenge.AddMessageAuthenticator();
        std::vector<uint8_t> challengeBytes =
            challenge.EncodeResponse(CountingAuthenticator(), RFC2865_SECRET);
        NS_TEST_EXPECT_MSG_EQ(HexString(challengeBytes),
                              HexString(HexBytes("0b2a0032856b38392bfa273c778af1861a2770a1"
                                                 "4f070101000501"
                                                 "1805616263"
                                                 "5012abba72a5e77f10455277cb8062fbeba4")),
                              "Access-Challenge: Message-Authenticator, Response Authenticator");
        RadiusPacket::Authenticator requestAuthenticator = CountingAuthenticator();
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(challengeBytes,
                                                                       RFC2865_SECRET,
                                                                       &requestAuthenticator,
                                                                       true,
                                                                       why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyResponseAuthenticator(challengeBytes,
                                                                        requestAuthenticator,
                                                                        RFC2865_SECRET),
                              true,
                              "Response Authenticator");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(challengeBytes,
                                                                       RFC2865_SECRET,
                                                                       nullptr,
                                                                       true,
                                                                       why),
                              false,
                              "a response is not checked like a request");

        // A large request: the Message-Authenticator recomputed here with OpenSSL's HMAC().
        std::vector<uint8_t> eap(600);
        for (std::size_t i = 0; i < eap.size(); ++i)
        {
            eap[i] = static_cast<uint8_t>(i * 7);
        }
        eap[0] = 2;
        eap[2] = 0x02;
        eap[3] = 0x58;
        RadiusPacket big(RadiusPacket::ACCESS_REQUEST, 200);
        big.SetAuthenticator(CountingAuthenticator());
        big.AddStringAttribute(RadiusPacket::CALLING_STATION_ID, "02-00-00-00-00-01");
        big.SetEapMessage(eap);
        std::vector<uint8_t> bigBytes = big.EncodeRequest("s3cret");
        // attributes: Calling-Station-Id (19), EAP 255 + 255 + 96, then MA at the end.
        std::size_t maOffset = bigBytes.size() - 16;
        WLC_REQUIRE_EQ(unsigned(bigBytes[maOffset - 2]), 80u, "MA type");
        WLC_REQUIRE_EQ(unsigned(bigBytes[maOffset - 1]), 18u, "MA length");
        std::vector<uint8_t> zeroed = bigBytes;
        std::fill(zeroed.begin() + maOffset, zeroed.end(), 0);
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macSize = 0;
        std::string key = "s3cret";
        HMAC(EVP_md5(), key.data(), key.size(), zeroed.data(), zeroed.size(), mac, &macSize);
        NS_TEST_EXPECT_MSG_EQ(HexString(Slice(bigBytes, maOffset, 16)),
                              HexString(std::vector<uint8_t>(mac, mac + macSize)),
                              "HMAC-MD5 computed independently");
        NS_TEST_EXPECT_MSG_EQ(
            RadiusPacket::VerifyMessageAuthenticator(bigBytes, "s3cret", nullptr, true, why),
            true,
            why);

        // Missing Message-Authenticator: a failure only when required.
        std::vector<uint8_t> rfcRequest = HexBytes(RFC2865_REQUEST);
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(rfcRequest,
                                                                       RFC2865_SECRET,
                                                                       nullptr,
                                                                       true,
                                                                       why),
                              false,
                              "required");
        NS_TEST_EXPECT_MSG_EQ(why, "no Message-Authenticator", "reason");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(rfcRequest,
                                                                       RFC2865_SECRET,
                                                                       nullptr,
                                                                       false,
                                                                       why),
                              true,
                              "optional");
        // Any change to the packet breaks it.
        for (std::size_t i = 0; i < requestBytes.size(); ++i)
        {
            std::vector<uint8_t> flipped = requestBytes;
            flipped[i] ^= 0x80;
            NS_TEST_EXPECT_MSG_EQ(RadiusPacket::VerifyMessageAuthenticator(flipped,
                                                                           RFC2865_SECRET,
                                                                           nullptr,
                                                                           true,
                                                                           why),
                                  false,
                                  "octet " << i << " changed");
        }
    }
};

/// MS-MPPE keys, vendor attributes, EAP-Message splitting, station identifiers.
class RadiusAttributesTestCase : public TestCase
{
  public:
    RadiusAttributesTestCase()
        : TestCase("RADIUS: MS-MPPE keys (RFC 2548), Vendor-Specific, EAP-Message split, ids")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> key(32);
        for (std::size_t i = 0; i < key.size(); ++i)
        {
            key[i] = static_cast<uint8_t>(0x40 + i);
        }
        // Python: salt 8001, b(1) = MD5(secret | R | salt), c(i) = p(i) ^ b(i), 3 blocks.
        std::vector<uint8_t> value =
            RadiusPacket::EncryptMppeKey(key, RFC2865_SECRET, CountingAuthenticator(), 0x0001);
        NS_TEST_EXPECT_MSG_EQ(HexString(value),
                              HexString(HexBytes("8001"
                                                 "d1a657ec2cb5f798022c6ccf4e9642d4"
                                                 "ab43e38de2e96a22713bad312ee2e14b"
                                                 "90558e3cac143b6097efa52718dc4d6f")),
                              "MS-MPPE key known answer");
        std::vector<uint8_t> decrypted;
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::DecryptMppeKey(value,
                                                           RFC2865_SECRET,
                                                           CountingAuthenticator(),
                                                           decrypted,
                                                           why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ(HexString(decrypted), HexString(key), "round trip");
        decrypted.clear();
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::DecryptMppeKey(value,
                                                           "wrong-secret",
                                                           CountingAuthenticator(),
                                                           decrypted,
                                                           why),
                              false,
                              "wrong secret");
        NS_TEST_EXPECT_MSG_EQ(decrypted.empty(), true, "nothing returned");
        RadiusPacket::Authenticator other = CountingAuthenticator();
        other[0] = 0xff;
        NS_TEST_EXPECT_MSG_EQ(
            RadiusPacket::DecryptMppeKey(value, RFC2865_SECRET, other, decrypted, why),
            false,
            "another request authenticator");
        std::vector<uint8_t> noTopBit = value;
        noTopBit[0] = 0x00;
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::DecryptMppeKey(noTopBit,
                                                           RFC2865_SECRET,
                                                           CountingAuthenticator(),
                                                           decrypted,
                                                           why),
                              false,
                              "salt without its top bit");
        for (std::size_t size : {0, 1, 2, 17, 19, 33, 49})
        {
            std::vector<uint8_t> cut(value.begin(), value.begin() + std::min(size, value.size()));
            NS_TEST_EXPECT_MSG_EQ(RadiusPacket::DecryptMppeKey(cut,
                                                               RFC2865_SECRET,
                                                               CountingAuthenticator(),
                                                               decrypted,
                                                               why),
                                  false,
                                  "size " << size);
        }
        // Other key sizes round-trip.
        for (std::size_t size : {0, 1, 15, 16, 31, 64})
        {
            std::vector<uint8_t> k(size, 0x5a);
            auto v = RadiusPacket::EncryptMppeKey(k, "s", CountingAuthenticator(), 0x1234);
            NS_TEST_EXPECT_MSG_EQ((v.size() - 2) % 16, 0u, "multiple of 16");
            NS_TEST_EXPECT_MSG_EQ(unsigned(v[0]), 0x92u, "salt top bit set");
            std::vector<uint8_t> d;
            NS_TEST_EXPECT_MSG_EQ(
                RadiusPacket::DecryptMppeKey(v, "s", CountingAuthenticator(), d, why),
                true,
                why);
            NS_TEST_EXPECT_MSG_EQ((d == k), true, "key of " << size);
        }

        // Vendor-Specific: Type 26, Length, Vendor-Id 311, Vendor-Type, Vendor-Length, value.
        RadiusPacket accept(RadiusPacket::ACCESS_ACCEPT, 1);
        accept.AddVendorAttribute(RadiusPacket::VENDOR_MICROSOFT,
                                  RadiusPacket::MS_MPPE_RECV_KEY,
                                  {0x01, 0x02});
        NS_TEST_EXPECT_MSG_EQ(
            HexString(Slice(accept.EncodeResponse(CountingAuthenticator(), "s"), 20, 10)),
            HexString(HexBytes("1a 0a 00000137 11 04 0102")),
            "Vendor-Specific image");
        std::vector<uint8_t> found;
        NS_TEST_EXPECT_MSG_EQ(accept.FindVendorAttribute(311, 17, found), true, "found");
        NS_TEST_EXPECT_MSG_EQ(HexString(found), HexString(HexBytes("0102")), "value");
        NS_TEST_EXPECT_MSG_EQ(accept.FindVendorAttribute(311, 16, found), false, "Send-Key absent");
        NS_TEST_EXPECT_MSG_EQ(accept.FindVendorAttribute(9, 17, found), false, "other vendor");

        // EAP-Message split at 253 octets (RFC 3579 §3.1).
        for (std::size_t size : {1, 252, 253, 254, 506, 507, 1004})
        {
            std::vector<uint8_t> eap(size);
            for (std::size_t i = 0; i < size; ++i)
            {
                eap[i] = static_cast<uint8_t>(i ^ 0x5c);
            }
            RadiusPacket packet(RadiusPacket::ACCESS_CHALLENGE, 3);
            packet.SetEapMessage(eap);
            std::size_t expected = (size + 252) / 253;
            NS_TEST_EXPECT_MSG_EQ(packet.CountAttributes(RadiusPacket::EAP_MESSAGE),
                                  expected,
                                  size << " octets");
            for (const auto& attribute : packet.GetAttributes())
            {
                NS_TEST_EXPECT_MSG_LT_OR_EQ(attribute.value.size(), 253u, "at most 253");
            }
            NS_TEST_EXPECT_MSG_EQ(packet.CountAttributes(RadiusPacket::MESSAGE_AUTHENTICATOR),
                                  1u,
                                  "Message-Authenticator added");
            std::vector<uint8_t> bytes = packet.EncodeResponse(CountingAuthenticator(), "s");
            NS_TEST_EXPECT_MSG_EQ(bytes.size(), 20 + size + 2 * expected + 18, "Length");
            RadiusPacket decoded;
            WLC_REQUIRE_EQ(RadiusPacket::Decode(bytes, decoded, why), true, why);
            NS_TEST_EXPECT_MSG_EQ((decoded.GetEapMessage() == eap), true, "concatenated");
        }
        RadiusPacket split(RadiusPacket::ACCESS_REQUEST, 0);
        split.SetEapMessage(std::vector<uint8_t>(254, 0xaa));
        auto splitBytes = split.EncodeRequest("s");
        NS_TEST_EXPECT_MSG_EQ(unsigned(splitBytes[20]), 79u, "first EAP-Message");
        NS_TEST_EXPECT_MSG_EQ(unsigned(splitBytes[21]), 255u, "253 octets");
        NS_TEST_EXPECT_MSG_EQ(unsigned(splitBytes[20 + 255]), 79u, "second EAP-Message");
        NS_TEST_EXPECT_MSG_EQ(unsigned(splitBytes[20 + 256]), 3u, "1 octet");

        // RFC 3580 §3.20 / §3.21.
        Mac48Address sta("00:1b:63:ab:cd:ef");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::StationId(sta), "00-1B-63-AB-CD-EF", "Calling");
        NS_TEST_EXPECT_MSG_EQ(
            RadiusPacket::CalledStationId(Mac48Address("0a:00:00:00:00:01"), "corp"),
            "0A-00-00-00-00-01:corp",
            "Called");
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::CodeName(11), "Access-Challenge", "name");
    }
};

/// Malformed input.
class RadiusMalformedTestCase : public TestCase
{
  public:
    RadiusMalformedTestCase()
        : TestCase("RADIUS: truncation, bad lengths and random corruption are rejected safely")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<uint8_t> good = HexBytes("012a0037000102030405060708090a0b0c0d0e0f"
                                             "01066e656d6f"
                                             "4f0b02000009016e656d6f"
                                             "5012e61309c047521097a48e2ddc93e60f2b");
        RadiusPacket packet;
        std::string why;
        WLC_REQUIRE_EQ(RadiusPacket::Decode(good, packet, why), true, why);
        for (std::size_t size = 0; size < good.size(); ++size)
        {
            std::vector<uint8_t> cut(good.begin(), good.begin() + size);
            NS_TEST_EXPECT_MSG_EQ(RadiusPacket::Decode(cut, packet, why),
                                  false,
                                  "truncated to " << size);
        }
        const std::string header = "000102030405060708090a0b0c0d0e0f";

        struct Bad
        {
            std::string hex;
            std::string what;
        };

        std::vector<Bad> bads = {
            {"01 00 0013 " + header, "Length 19"},
            {"01 00 1001 " + header, "Length 4097"},
            {"01 00 0016 " + header + "01", "Length beyond the octets"},
            {"01 00 0015 " + header + "01", "attribute header truncated"},
            {"01 00 0016 " + header + "0100", "attribute Length 0"},
            {"01 00 0016 " + header + "0101", "attribute Length 1"},
            {"01 00 0017 " + header + "0104 41", "attribute beyond the packet"},
            {"01 00 0016 " + header + "0102", "User-Name empty"},
            {"01 00 0017 " + header + "4f03 01 ", "EAP-Message ok, then nothing"},
            {"01 00 0025 " + header + "5011 " + std::string(30, '0') + "00", "MA Length 17"},
            {"01 00 0027 " + header + "5013 " + std::string(34, '0'), "MA Length 19"},
            {"01 00 0038 " + header + "5012 " + std::string(32, '0') + "5012 " +
                 std::string(32, '0'),
             "two Message-Authenticators"},
            {"01 00 0019 " + header + "3d05 000013", "NAS-Port-Type Length 5"},
            {"01 00 001a " + header + "0406 c0a80101", "ok NAS-IP-Address (control)"},
            {"01 00 001a " + header + "1a06 00000137", "Vendor-Specific Length 6"},
            {"63 00 0014 " + header, "code 99"},
            {"00 00 0014 " + header, "code 0"},
        };
        for (const Bad& bad : bads)
        {
            bool ok = RadiusPacket::Decode(HexBytes(bad.hex), packet, why);
            bool expectOk = bad.what.find("ok") == 0 || bad.what.find("EAP-Message ok") == 0;
            NS_TEST_EXPECT_MSG_EQ(ok, expectOk, bad.what << ": " << why);
        }
        RadiusPacket::Decode(HexBytes("01 00 0013 " + header), packet, why);
        NS_TEST_EXPECT_MSG_EQ(why, "RADIUS Length 19 outside 20..4096", "reason");
        // A 4096-octet packet is accepted, with padding after it.
        std::vector<uint8_t> max = HexBytes("0b 00 1000 " + header);
        while (max.size() < 4096)
        {
            std::size_t value = std::min<std::size_t>(253, 4096 - max.size() - 2);
            max.push_back(18); // Reply-Message
            max.push_back(static_cast<uint8_t>(value + 2));
            max.insert(max.end(), value, 'x');
        }
        WLC_REQUIRE_EQ(max.size(), 4096u, "4096");
        max.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(RadiusPacket::Decode(max, packet, why), true, why);

        // Random corruption: decoding and verification never crash.
        std::mt19937 rng(2865);
        uint32_t accepted = 0;
        for (int i = 0; i < 20000; ++i)
        {
            std::vector<uint8_t> bytes = good;
            int changes = 1 + static_cast<int>(rng() % 4);
            for (int c = 0; c < changes; ++c)
            {
                bytes[rng() % bytes.size()] = static_cast<uint8_t>(rng());
            }
            if (rng() % 4 == 0)
            {
                bytes.resize(rng() % (bytes.size() + 8), static_cast<uint8_t>(rng()));
            }
            if (RadiusPacket::Decode(bytes, packet, why))
            {
                ++accepted;
                packet.GetEapMessage();
                std::vector<uint8_t> key;
                std::vector<uint8_t> value;
                packet.FindVendorAttribute(311, 17, value);
            }
            RadiusPacket::Authenticator a = CountingAuthenticator();
            bool macOk =
                RadiusPacket::VerifyMessageAuthenticator(bytes, RFC2865_SECRET, nullptr, true, why);
            if (macOk && bytes != good)
            {
                // Only octets after Length may differ in an image that still verifies.
                std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
                NS_TEST_EXPECT_MSG_EQ(
                    (std::vector<uint8_t>(bytes.begin(), bytes.begin() + length) == good),
                    true,
                    "corrupted packet verified");
            }
            RadiusPacket::VerifyResponseAuthenticator(bytes, a, RFC2865_SECRET);
        }
        NS_TEST_EXPECT_MSG_GT(accepted, 0u, "some corruptions still decode (values changed)");
        // Random garbage.
        for (int i = 0; i < 5000; ++i)
        {
            std::vector<uint8_t> junk(rng() % 300);
            for (auto& b : junk)
            {
                b = static_cast<uint8_t>(rng());
            }
            RadiusPacket::Decode(junk, packet, why);
            RadiusPacket::VerifyMessageAuthenticator(junk, "s", nullptr, false, why);
            std::vector<uint8_t> key;
            RadiusPacket::DecryptMppeKey(junk, "s", CountingAuthenticator(), key, why);
        }
    }
};

/// The suite.
class RadiusPacketTestSuite : public TestSuite
{
  public:
    RadiusPacketTestSuite()
        : TestSuite("wlc-radius-packet", WLC_TEST_UNIT)
    {
        AddTestCase(new RadiusRfc2865TestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusMessageAuthenticatorTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusAttributesTestCase(), WLC_TEST_QUICK);
        AddTestCase(new RadiusMalformedTestCase(), WLC_TEST_QUICK);
    }
};

/// Registers the suite.
RadiusPacketTestSuite g_radiusPacketTestSuite;

} // namespace
} // namespace ns3
