/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/eapol-key-frame.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-crypto.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/rsn-element.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wpa-authenticator-sm.h"
#include "ns3/wpa-crypto.h"
#include "ns3/wpa-supplicant-sm.h"

#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * The 4-way handshake of an FT initial mobility domain association (IEEE 802.11-2020 13.4.2,
 * 12.7.6 with FT-PSK, key descriptor version 3) between WpaAuthenticatorSm and
 * WpaSupplicantSm with Config::ft enabled:
 * - the inputs of the hashcat mode 37100 self-test (see ft-crypto-test-suite.cc: passphrase
 *   "12345678", SSID "test-ft-psk", MDID octets 01 02 with FT over DS, R0KH-ID
 *   "wireshark-ft-psk", R1KH-ID = BSSID 02:00:00:00:00:00, STA 02:00:00:00:01:00, its ANonce
 *   and SNonce): the supplicant's message 2 must be, byte for byte, the EAPOL-Key message 2 of
 *   that capture with its MIC dd411684bd6e123bce3a606b2be06de2 (RSNE with PMKR1Name, MDE, FTE
 *   with R1KH-ID and R0KH-ID and zero MIC/nonces);
 * - message 3's plaintext Key Data written out element by element from 9.4.2.24 / 9.4.2.46 /
 *   9.4.2.47 / 9.4.2.49 and the KDE format of 12.7.2, in hostapd's order (RSNE with PMKR1Name,
 *   MDE, GTK KDE, FTE, Timeout Interval type 1 = 1000 TUs, type 2 = 1209600 s, padding);
 * - every frame has key descriptor version 3 and a MIC that verifies with AES-128-CMAC under
 *   the KCK of FtCrypto::DerivePtk computed here; both sides install that PTK and the GTK;
 * - mismatches on either side (PMKR1Name, MDID, R0KH-ID, R1KH-ID, missing Timeout Interval,
 *   wrong PMK-R1, wrong descriptor version) are rejected with a reason.
 * FT off is covered by wlc-wpa-handshake (the byte images of the non-FT handshake).
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

/// \param bytes bytes \return them as contiguous lower-case hex digits
std::string
Hex(const std::vector<uint8_t>& bytes)
{
    static const char* const digits = "0123456789abcdef";
    std::string text;
    for (uint8_t b : bytes)
    {
        text += digits[b >> 4];
        text += digits[b & 0x0f];
    }
    return text;
}

/// \param text a text \param part another \return true if \p part occurs in \p text
bool
Contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// \param count bytes \return that many zero bytes as hex digits
std::string
Zeros(std::size_t count)
{
    return std::string(2 * count, '0');
}

/// The RSNE of FT-PSK with CCMP (both sides): version 1, CCMP, {CCMP}, {FT-PSK}, caps 0.
const char* const RSN_FT_PSK = "30140100000fac040100000fac040100000fac040000";
/// The same with PMKID Count 1 and the PMKR1Name of the hashcat vector.
const char* const RSN_FT_PSK_PMKR1NAME = "30260100000fac040100000fac040100000fac0400000100"
                                         "3378f874c1930b599405d3de4b6e05cc";
/// MDE: ID 54, Length 3, MDID octets 01 02, FT Capability and Policy 01 (FT over DS).
const char* const MDE = "3603010201";
/// FTE: ID 55, Length 108, MIC Control 0, MIC / ANonce / SNonce zero, R1KH-ID subelement
/// (1, 6, 02:00:00:00:00:00), R0KH-ID subelement (3, 16, "wireshark-ft-psk").
const std::string FTE =
    "376c0000" + Zeros(16 + 32 + 32) + "0106020000000000" + "031077697265736861726b2d66742d70736b";
const char* const GTK = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";

/// The hashcat mode 37100 self-test inputs, and the keys derived from them.
struct Vector
{
    const Mac48Address ap{"02:00:00:00:00:00"};
    const Mac48Address sta{"02:00:00:00:01:00"};
    const std::vector<uint8_t> anonce{
        HexBytes("eb131d608a197829340c645c3bf30df2c0c8e818e9e31c560af630664a21a009")};
    const std::vector<uint8_t> snonce{
        HexBytes("b44919486bacb36befb4ab90c14e639bc5027cca16d62a1525c2424e6ac7d2fe")};
    /// EAPOL-Key message 2 of the capture with its MIC (hashcat's hash line has it with the
    /// MIC field zero and the MIC apart).
    const std::vector<uint8_t> eapolM2{
        HexBytes(std::string("010300fa02010b0000000000000000000"
                             "1b44919486bacb36befb4ab90c14e639bc5027cca16d62a1525c2424e6ac7d2fe") +
                 Zeros(16) + Zeros(8) + Zeros(8) + "dd411684bd6e123bce3a606b2be06de2" + "009b" +
                 RSN_FT_PSK_PMKR1NAME + MDE + FTE)};
    WpaFtParams ft;           //!< the FT parameters of both sides
    FtCrypto::FtPtk ptk;      //!< the PTK computed here
    std::vector<uint8_t> psk; //!< PSK = XXKey

    Vector()
    {
        std::string why;
        WpaCrypto::PmkFromPassphrase("12345678", "test-ft-psk", psk, why);
        ft.enabled = true;
        ft.mdid = 0x0201;
        ft.ftCapability = MobilityDomainElement::FT_OVER_DS;
        ft.r0khId = Bytes("wireshark-ft-psk");
        ft.r1khId = ap;
        FtCrypto::PmkR0 r0;
        FtCrypto::DerivePmkR0(psk, "test-ft-psk", ft.mdid, ft.r0khId, sta, r0, why);
        FtCrypto::PmkR1 r1 = FtCrypto::DerivePmkR1(r0.key, r0.name, ft.r1khId, sta);
        ft.pmkR1 = r1.key;
        ft.pmkR1Name = r1.name;
        ptk = FtCrypto::DerivePtk(r1.key, r1.name, snonce, anonce, ap, sta);
    }

    /// \return the authenticator's configuration
    WpaAuthenticatorSm::Config Authenticator() const
    {
        WpaAuthenticatorSm::Config c;
        c.aa = ap;
        c.spa = sta;
        c.gtk = HexBytes(GTK);
        c.gtkKeyId = 1;
        c.authenticatorRsnElement = HexBytes(RSN_FT_PSK);
        c.supplicantRsnElement = HexBytes(RSN_FT_PSK);
        c.eapolVersion = EapolFrame::VERSION_2001; // as the capture
        c.ft = ft;
        return c;
    }

    /// \return the supplicant's configuration
    WpaSupplicantSm::Config Supplicant() const
    {
        WpaSupplicantSm::Config c;
        c.aa = ap;
        c.spa = sta;
        c.snonce = snonce;
        c.supplicantRsnElement = HexBytes(RSN_FT_PSK);
        c.authenticatorRsnElement = HexBytes(RSN_FT_PSK);
        c.eapolVersion = EapolFrame::VERSION_2001;
        c.ft = ft;
        return c;
    }
};

/**
 * \param frame an EAPOL-Key frame
 * \param kck the KCK
 * \return true if its MIC equals AES-128-CMAC(KCK, frame with the MIC zero), computed here
 */
bool
CmacVerifies(const std::vector<uint8_t>& frame, const std::vector<uint8_t>& kck)
{
    const std::size_t offset = 4 + EapolKeyFrame::MIC_OFFSET;
    if (frame.size() < offset + 16)
    {
        return false;
    }
    std::vector<uint8_t> zeroed = frame;
    std::fill(zeroed.begin() + offset, zeroed.begin() + offset + 16, 0);
    std::vector<uint8_t> mic(frame.begin() + offset, frame.begin() + offset + 16);
    return FtCrypto::AesCmac(kck, zeroed) == mic;
}

/// \param frame an EAPOL frame \return its key frame (descriptor version 0 if it does not decode)
EapolKeyFrame
KeyOf(const std::vector<uint8_t>& frame)
{
    EapolFrame eapol;
    EapolKeyFrame key;
    std::string why;
    if (!EapolKeyFrame::DecodeEapol(frame, eapol, key, why))
    {
        key.SetDescriptorVersion(0);
    }
    return key;
}

/// The whole handshake with the hashcat inputs, byte images of messages 2 and 3.
class FtPskHandshakeTestCase : public TestCase
{
  public:
    FtPskHandshakeTestCase()
        : TestCase("FT-PSK initial MD association: messages 1-4, hashcat 37100 message 2")
    {
    }

  private:
    void DoRun() override
    {
        Vector v;
        WLC_REQUIRE_EQ(v.ft.pmkR1Name.size(), 16u, "PMK-R1 derived");
        NS_TEST_EXPECT_MSG_EQ(Hex(v.ptk.ptk.kck),
                              "258f13dded80136e5d4db91f46aafedf",
                              "KCK (as in wlc-ft-crypto)");
        WpaAuthenticatorSm a(v.Authenticator());
        WpaSupplicantSm s(v.Supplicant());
        NS_TEST_EXPECT_MSG_EQ(unsigned(a.GetDescriptorVersion()), 3u, "authenticator version");
        NS_TEST_EXPECT_MSG_EQ(unsigned(s.GetDescriptorVersion()), 3u, "supplicant version");

        auto r1 = a.Start(v.anonce);
        WLC_REQUIRE_EQ(a.ActionName(r1.action), "SEND", r1.reason);
        // Message 1: EAPOL v1, 95-byte body, Key Info 0x008b (ver 3, pairwise, Ack), Key
        // Length 16, replay counter 1, ANonce, no Key Data.
        NS_TEST_EXPECT_MSG_EQ(Hex(r1.frame),
                              "0103005f02008b00100000000000000001" + Hex(v.anonce) +
                                  Zeros(16 + 8 + 8 + 16) + "0000",
                              "message 1");
        NS_TEST_EXPECT_MSG_EQ(unsigned(KeyOf(r1.frame).GetDescriptorVersion()), 3u, "M1 ver");

        auto r2 = s.OnReceive(r1.frame);
        WLC_REQUIRE_EQ(s.ActionName(r2.action), "SEND", r2.reason);
        NS_TEST_EXPECT_MSG_EQ(Hex(r2.frame),
                              Hex(v.eapolM2),
                              "message 2 = the hashcat 37100 capture, MIC included");
        NS_TEST_EXPECT_MSG_EQ(unsigned(KeyOf(r2.frame).GetDescriptorVersion()), 3u, "M2 ver");
        NS_TEST_EXPECT_MSG_EQ(CmacVerifies(r2.frame, v.ptk.ptk.kck), true, "M2 AES-CMAC MIC");
        // Decode the Key Data of message 2 with the element classes.
        {
            RsnKeyData::Contents contents;
            std::string why;
            WLC_REQUIRE_EQ(RsnKeyData::Parse(KeyOf(r2.frame).GetKeyData(), contents, why),
                           true,
                           why);
            RsnElement rsne;
            WLC_REQUIRE_EQ(RsnElement::Decode(contents.rsnElement, rsne, why), true, why);
            WLC_REQUIRE_EQ(rsne.GetPmkids().size(), 1u, "one PMKID");
            NS_TEST_EXPECT_MSG_EQ(Hex(rsne.GetPmkids()[0]),
                                  "3378f874c1930b599405d3de4b6e05cc",
                                  "PMKR1Name in the RSNE");
            WLC_REQUIRE_EQ(contents.other.size(), 2u, "MDE and FTE");
            MobilityDomainElement mde;
            WLC_REQUIRE_EQ(MobilityDomainElement::Decode(contents.other[0], mde, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(mde.GetMdid(), 0x0201, "MDID");
            NS_TEST_EXPECT_MSG_EQ(mde.IsFtOverDs(), true, "FT over DS");
            FastBssTransitionElement fte;
            WLC_REQUIRE_EQ(FastBssTransitionElement::Decode(contents.other[1], fte, why),
                           true,
                           why);
            NS_TEST_EXPECT_MSG_EQ(fte.GetR1khId(), v.ap, "R1KH-ID");
            NS_TEST_EXPECT_MSG_EQ(Hex(fte.GetR0khId()), Hex(Bytes("wireshark-ft-psk")), "R0KH-ID");
            NS_TEST_EXPECT_MSG_EQ(Hex(fte.GetMic()), Zeros(16), "FTE MIC zero");
            NS_TEST_EXPECT_MSG_EQ(Hex(fte.GetSNonce()), Zeros(32), "FTE SNonce zero");
        }

        auto r3 = a.OnReceive(r2.frame);
        WLC_REQUIRE_EQ(a.ActionName(r3.action), "SEND", r3.reason);
        EapolKeyFrame k3 = KeyOf(r3.frame);
        NS_TEST_EXPECT_MSG_EQ(unsigned(k3.GetDescriptorVersion()), 3u, "M3 ver");
        NS_TEST_EXPECT_MSG_EQ(k3.GetKeyInformation(), 0x13cb, "M3 Key Information");
        NS_TEST_EXPECT_MSG_EQ(CmacVerifies(r3.frame, v.ptk.ptk.kck), true, "M3 AES-CMAC MIC");
        std::vector<uint8_t> plain;
        WLC_REQUIRE_EQ(WpaCrypto::AesKeyUnwrap(v.ptk.ptk.kek, k3.GetKeyData(), plain),
                       true,
                       "M3 key data unwraps with the KEK computed here");
        const std::string gtkKde = std::string("dd16000fac010100") + GTK;
        NS_TEST_EXPECT_MSG_EQ(Hex(plain),
                              std::string(RSN_FT_PSK_PMKR1NAME) + MDE + gtkKde + FTE +
                                  "380501e8030000" + "38050200751200" + "dd000000000000",
                              "message 3 key data: RSNE, MDE, GTK KDE, FTE, TIE 1, TIE 2, pad");
        {
            RsnKeyData::Contents contents;
            std::string why;
            WLC_REQUIRE_EQ(RsnKeyData::Parse(plain, contents, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(Hex(contents.gtk), GTK, "GTK KDE");
            WLC_REQUIRE_EQ(contents.other.size(), 4u, "MDE, FTE, 2 TIEs");
            MobilityDomainElement mde;
            NS_TEST_EXPECT_MSG_EQ(MobilityDomainElement::Decode(contents.other[0], mde, why),
                                  true,
                                  why);
            NS_TEST_EXPECT_MSG_EQ(mde.GetMdid(), 0x0201, "M3 MDID");
            FastBssTransitionElement fte;
            NS_TEST_EXPECT_MSG_EQ(FastBssTransitionElement::Decode(contents.other[1], fte, why),
                                  true,
                                  why);
            NS_TEST_EXPECT_MSG_EQ(fte.GetR1khId(), v.ap, "M3 R1KH-ID");
        }

        auto r4 = s.OnReceive(r3.frame);
        WLC_REQUIRE_EQ(s.ActionName(r4.action), "COMPLETED", r4.reason);
        NS_TEST_EXPECT_MSG_EQ(Hex(r4.frame),
                              "0103005f02030b00000000000000000002" + Zeros(32 + 16 + 8 + 8) +
                                  Hex(KeyOf(r4.frame).GetMic()) + "0000",
                              "message 4 layout (ver 3, pairwise, MIC, Secure)");
        NS_TEST_EXPECT_MSG_EQ(unsigned(KeyOf(r4.frame).GetDescriptorVersion()), 3u, "M4 ver");
        NS_TEST_EXPECT_MSG_EQ(CmacVerifies(r4.frame, v.ptk.ptk.kck), true, "M4 AES-CMAC MIC");
        auto r5 = a.OnReceive(r4.frame);
        NS_TEST_EXPECT_MSG_EQ(a.ActionName(r5.action), "COMPLETED", r5.reason);

        NS_TEST_EXPECT_MSG_EQ(Hex(a.GetPtk().GetBytes()),
                              Hex(v.ptk.ptk.GetBytes()),
                              "authenticator PTK = FtCrypto::DerivePtk");
        NS_TEST_EXPECT_MSG_EQ(Hex(s.GetPtk().GetBytes()),
                              Hex(v.ptk.ptk.GetBytes()),
                              "supplicant PTK = FtCrypto::DerivePtk");
        NS_TEST_EXPECT_MSG_EQ(Hex(s.GetPtkName()), Hex(v.ptk.name), "PTKName");
        NS_TEST_EXPECT_MSG_EQ(Hex(a.GetPtkName()), Hex(v.ptk.name), "PTKName");
        NS_TEST_EXPECT_MSG_EQ(Hex(s.GetGtk()), Hex(a.GetGtk()), "GTK installed");
        NS_TEST_EXPECT_MSG_EQ(unsigned(s.GetGtkKeyId()), 1u, "GTK key ID");
        NS_TEST_EXPECT_MSG_EQ(s.GetFtTimeouts().reassociationDeadlineTu, 1000u, "deadline");
        NS_TEST_EXPECT_MSG_EQ(s.GetFtTimeouts().keyLifetimeSeconds, 1209600u, "key lifetime");
        NS_TEST_EXPECT_MSG_EQ(s.GetInstallCount(), 1u, "installed once");
    }
};

/// Mismatches detected by the authenticator in message 2, and a wrong PMK-R1.
class AuthenticatorMismatchTestCase : public TestCase
{
  public:
    AuthenticatorMismatchTestCase()
        : TestCase("FT message 2: PMKR1Name, MDID, R0KH-ID, R1KH-ID mismatch, wrong PMK-R1")
    {
    }

  private:
    /**
     * Run messages 1 and 2 with a changed supplicant configuration.
     * \param v the vector
     * \param change what to change in the supplicant's FT parameters
     * \param expected a substring of the authenticator's failure reason
     * \param label the case
     */
    template <typename F>
    void Expect(const Vector& v, F change, const std::string& expected, const std::string& label)
    {
        WpaAuthenticatorSm a(v.Authenticator());
        WpaSupplicantSm::Config sc = v.Supplicant();
        change(sc.ft);
        WpaSupplicantSm s(sc);
        auto r1 = a.Start(v.anonce);
        auto r2 = s.OnReceive(r1.frame);
        WLC_REQUIRE_EQ(s.ActionName(r2.action), "SEND", label + ": " + r2.reason);
        auto r3 = a.OnReceive(r2.frame);
        NS_TEST_EXPECT_MSG_EQ(a.ActionName(r3.action), "FAILED", label);
        NS_TEST_EXPECT_MSG_EQ(Contains(r3.reason, expected),
                              true,
                              label + ": reason '" + r3.reason + "'");
        NS_TEST_EXPECT_MSG_EQ(a.IsComplete(), false, label);
    }

    void DoRun() override
    {
        Vector v;
        Expect(
            v,
            [](WpaFtParams& ft) { ft.pmkR1Name[15] ^= 0x01; },
            "PMKR1Name mismatch in message 2",
            "PMKR1Name");
        Expect(
            v,
            [](WpaFtParams& ft) { ft.mdid = 0x0102; },
            "MDID 0x0102 in message 2 differs from the mobility domain 0x0201",
            "MDID");
        Expect(
            v,
            [](WpaFtParams& ft) { ft.ftCapability = 0; },
            "FT Capability and Policy",
            "MDE policy");
        Expect(
            v,
            [](WpaFtParams& ft) { ft.r0khId = Bytes("wireshark-ft-psK"); },
            "R0KH-ID in message 2 differs",
            "R0KH-ID");
        Expect(
            v,
            [](WpaFtParams& ft) { ft.r1khId = Mac48Address("02:00:00:00:00:01"); },
            "R1KH-ID in message 2 02:00:00:00:00:01 differs from 02:00:00:00:00:00",
            "R1KH-ID");

        // A wrong PMK-R1: message 2's MIC fails (IGNORED, as hostapd), then the
        // retransmissions run out and the failure reason names the MIC failure.
        WpaAuthenticatorSm::Config ac = v.Authenticator();
        ac.maxTransmissions = 2;
        WpaAuthenticatorSm a(ac);
        WpaSupplicantSm::Config sc = v.Supplicant();
        sc.ft.pmkR1[0] ^= 0x80;
        WpaSupplicantSm s(sc);
        auto r1 = a.Start(v.anonce);
        auto r2 = s.OnReceive(r1.frame);
        auto r3 = a.OnReceive(r2.frame);
        NS_TEST_EXPECT_MSG_EQ(a.ActionName(r3.action), "IGNORED", "wrong PMK-R1");
        NS_TEST_EXPECT_MSG_EQ(Contains(r3.reason, "MIC failure on message 2"), true, r3.reason);
        NS_TEST_EXPECT_MSG_EQ(a.GetMicFailureCount(), 1u, "one MIC failure");
        auto again = a.Retransmit();
        NS_TEST_EXPECT_MSG_EQ(a.ActionName(again.action), "SEND", "second message 1");
        auto fail = a.Retransmit();
        NS_TEST_EXPECT_MSG_EQ(a.ActionName(fail.action), "FAILED", "gave up");
        NS_TEST_EXPECT_MSG_EQ(Contains(fail.reason, "MIC failure"), true, fail.reason);

        // An HMAC-SHA1 (version 2) frame is not accepted in FT mode.
        WpaSupplicantSm s2(v.Supplicant());
        WpaAuthenticatorSm a2(v.Authenticator());
        std::vector<uint8_t> m1 = a2.Start(v.anonce).frame;
        m1[6] = (m1[6] & 0xf8) | 0x02; // Key Information low byte: version 2
        auto ignored = s2.OnReceive(m1);
        NS_TEST_EXPECT_MSG_EQ(s2.ActionName(ignored.action), "IGNORED", "version 2 in FT");
        NS_TEST_EXPECT_MSG_EQ(ignored.reason,
                              "key descriptor version 2 not supported (expected 3)",
                              "reason");
    }
};

/// Mismatches detected by the supplicant in a message 3 built here.
class SupplicantMismatchTestCase : public TestCase
{
  public:
    SupplicantMismatchTestCase()
        : TestCase("FT message 3: PMKR1Name, MDID, R1KH-ID, missing TIE rejected by the STA")
    {
    }

  private:
    /**
     * Send message 1, then a message 3 with this plaintext key data, built and protected
     * here with the KEK and KCK of the vector.
     * \param v the vector
     * \param plain the key data before padding and wrapping
     * \param expected a substring of the failure reason ("" for success)
     * \param label the case
     */
    void Expect(const Vector& v,
                const std::string& plain,
                const std::string& expected,
                const std::string& label)
    {
        WpaSupplicantSm s(v.Supplicant());
        WpaAuthenticatorSm a(v.Authenticator());
        auto r2 = s.OnReceive(a.Start(v.anonce).frame);
        WLC_REQUIRE_EQ(s.ActionName(r2.action), "SEND", r2.reason);
        std::vector<uint8_t> wrapped;
        WLC_REQUIRE_EQ(
            WpaCrypto::AesKeyWrap(v.ptk.ptk.kek, RsnKeyData::Pad(HexBytes(plain)), wrapped),
            true,
            "wrap");
        EapolKeyFrame key;
        key.SetDescriptorVersion(3);
        key.SetKeyInformation(0x13cb);
        key.SetKeyLength(16);
        key.SetReplayCounter(2);
        key.SetNonce(v.anonce);
        key.SetKeyData(wrapped);
        key.SetMic(FtCrypto::AesCmac(v.ptk.ptk.kck, key.EncodeEapol(1, true)));
        auto r4 = s.OnReceive(key.EncodeEapol(1));
        if (expected.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(s.ActionName(r4.action), "COMPLETED", label + ": " + r4.reason);
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(s.ActionName(r4.action), "FAILED", label);
        NS_TEST_EXPECT_MSG_EQ(Contains(r4.reason, expected),
                              true,
                              label + ": reason '" + r4.reason + "'");
        NS_TEST_EXPECT_MSG_EQ(s.GetInstallCount(), 0u, label + ": no key installed");
    }

    void DoRun() override
    {
        Vector v;
        const std::string gtkKde = std::string("dd16000fac010100") + GTK;
        const std::string tie = "380501e8030000";
        const std::string rsne = RSN_FT_PSK_PMKR1NAME;
        std::string fteOtherR1kh = FTE;
        fteOtherR1kh[4 + 2 * 82 + 4 + 11] = '1'; // last octet of the R1KH-ID: 01
        Expect(v, rsne + MDE + gtkKde + FTE + tie, "", "well-formed message 3");
        Expect(v,
               rsne.substr(0, rsne.size() - 2) + "cd" + MDE + gtkKde + FTE + tie,
               "PMKR1Name mismatch in message 3",
               "PMKR1Name");
        Expect(v, RSN_FT_PSK + std::string(MDE) + gtkKde + FTE + tie, "no PMKR1Name", "no PMKID");
        Expect(v,
               rsne + "3603010301" + gtkKde + FTE + tie,
               "MDID 0x0301 in message 3 differs",
               "MDID");
        Expect(v, rsne + gtkKde + FTE + tie, "no MDE in message 3", "no MDE");
        Expect(v,
               rsne + MDE + gtkKde + fteOtherR1kh + tie,
               "R1KH-ID in message 3 02:00:00:00:00:01 differs",
               "R1KH-ID");
        Expect(v, rsne + MDE + gtkKde + tie, "no FTE in message 3", "no FTE");
        Expect(v, rsne + MDE + gtkKde + FTE, "no Timeout Interval element", "no TIE");
        Expect(v, rsne + MDE + FTE + tie, "no GTK KDE", "no GTK");
    }
};

/// The wlc-ft-handshake suite.
class FtHandshakeTestSuite : public TestSuite
{
  public:
    FtHandshakeTestSuite()
        : TestSuite("wlc-ft-handshake", WLC_TEST_UNIT)
    {
        AddTestCase(new FtPskHandshakeTestCase, WLC_TEST_QUICK);
        AddTestCase(new AuthenticatorMismatchTestCase, WLC_TEST_QUICK);
        AddTestCase(new SupplicantMismatchTestCase, WLC_TEST_QUICK);
    }
};

/// The suite's instance.
FtHandshakeTestSuite g_ftHandshakeTestSuite;

} // namespace
} // namespace ns3
