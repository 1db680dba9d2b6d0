/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-authentication-frame.h"
#include "ns3/ft-authenticator-sm.h"
#include "ns3/ft-crypto.h"
#include "ns3/ft-supplicant-sm.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/rsn-element.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wpa-crypto.h"
#include "ns3/wpa-ft-client.h"

#include <random>
#include <string>
#include <tuple>
#include <vector>

/**
 * \file
 * \ingroup wlc-tests
 * FtAuthenticatorSm and FtSupplicantSm: an IEEE 802.11r FT over-the-air roam (IEEE
 * 802.11-2020 13.5.1, 13.8.2-13.8.5, FT Protocol without RIC) run between the two machines for
 * FT-PSK (00-0F-AC:4) and FT-802.1X (00-0F-AC:3). The key context is derived in the test with
 * FtCrypto (PSK from a passphrase, resp. XXKey = the second half of a 64-octet MSK), the
 * expected PTK with FtCrypto::DerivePtk and the FTE MICs with FtCrypto::FtMic. The sequence 1
 * and sequence 2 bodies are compared with byte images written from 9.3.3.12, 9.4.2.24,
 * 9.4.2.46, 9.4.2.47 and 9.4.2.49. Then tampering (wrong PMKR0Name, MDID, R0KH-ID, AKM,
 * ANonce echo, BSSID, every bit-flipped byte of the Reassociation Request and Response
 * elements), wrong-state input, truncations and random bytes.
 */

namespace ns3
{
namespace
{

using wlctest::ConcatBytes;
using wlctest::HexBytes;
using wlctest::MacBytes;
using wlctest::TextBytes;

/// The key context of a client's initial mobility domain association, derived in the test.
struct KeyContext
{
    uint32_t akm{RsnElement::AKM_FT_PSK};              //!< AKM
    FtCrypto::PmkR0 pmkR0;                             //!< PMK-R0 and PMKR0Name
    std::vector<uint8_t> r0khId;                       //!< R0KH-ID
    uint16_t mdid{0xb2a1};                             //!< MDID: octets a1 b2
    uint8_t policy{MobilityDomainElement::FT_OVER_DS}; //!< FT Capability and Policy
    Mac48Address sta{"02:00:00:00:01:00"};             //!< the client
    Mac48Address bssid{"02:00:00:00:02:00"};           //!< the target AP
    std::vector<uint8_t> anonce;                       //!< ANonce
    std::vector<uint8_t> snonce;                       //!< SNonce
    std::vector<uint8_t> gtk;                          //!< GTK
};

const std::string SSID = "wlc-ft";

/**
 * \param akm the AKM
 * \return the context: FT-PSK with the PSK of "12345678" / "wlc-ft", FT-802.1X with an MSK
 *         of octets 0..63
 */
KeyContext
MakeContext(uint32_t akm)
{
    KeyContext ctx;
    ctx.akm = akm;
    ctx.r0khId = TextBytes("wlc-r0kh");
    std::vector<uint8_t> xxKey;
    std::string why;
    if (akm == RsnElement::AKM_FT_PSK)
    {
        bool ok = WpaCrypto::PmkFromPassphrase("12345678", SSID, xxKey, why);
        NS_ABORT_MSG_IF(!ok, why);
    }
    else
    {
        std::vector<uint8_t> msk;
        for (int i = 0; i < 64; ++i)
        {
            msk.push_back(static_cast<uint8_t>(i));
        }
        bool ok = FtCrypto::XxKeyFromMsk(msk, xxKey, why);
        NS_ABORT_MSG_IF(!ok, why);
        NS_ABORT_MSG_IF(xxKey != std::vector<uint8_t>(msk.begin() + 32, msk.end()),
                        "XXKey is not the second half of the MSK");
    }
    bool ok = FtCrypto::DerivePmkR0(xxKey, SSID, ctx.mdid, ctx.r0khId, ctx.sta, ctx.pmkR0, why);
    NS_ABORT_MSG_IF(!ok, why);
    for (int i = 0; i < 32; ++i)
    {
        ctx.anonce.push_back(static_cast<uint8_t>(0xa0 + i));
        ctx.snonce.push_back(static_cast<uint8_t>(0x50 + i));
    }
    ctx.gtk = HexBytes("00112233445566778899aabbccddeeff");
    return ctx;
}

/// \param ctx the context \return the authenticator's configuration
FtAuthenticatorSm::Config
AuthConfig(const KeyContext& ctx)
{
    FtAuthenticatorSm::Config c;
    c.pmkR0 = ctx.pmkR0.key;
    c.pmkR0Name = ctx.pmkR0.name;
    c.r0khId = ctx.r0khId;
    c.mdid = ctx.mdid;
    c.ftCapability = ctx.policy;
    c.bssid = ctx.bssid;
    c.staAddress = ctx.sta;
    c.akm = ctx.akm;
    c.anonce = ctx.anonce;
    c.gtk = ctx.gtk;
    c.gtkKeyId = 2;
    c.gtkRsc = 0x0000000000000105ULL;
    c.reassociationDeadlineTu = 1000;
    return c;
}

/// \param ctx the context \return the supplicant's configuration
FtSupplicantSm::Config
SuppConfig(const KeyContext& ctx)
{
    FtSupplicantSm::Config c;
    c.pmkR0 = ctx.pmkR0.key;
    c.pmkR0Name = ctx.pmkR0.name;
    c.r0khId = ctx.r0khId;
    c.mdid = ctx.mdid;
    c.ftCapability = ctx.policy;
    c.akm = ctx.akm;
    c.staAddress = ctx.sta;
    c.bssid = ctx.bssid;
    c.snonce = ctx.snonce;
    return c;
}

/**
 * The RSNE of 9.4.2.24 with CCMP-128, one AKM and one PMKID.
 * \param akm the AKM \param pmkid the PMKID \return the element
 */
std::vector<uint8_t>
ExpectedRsne(uint32_t akm, const std::vector<uint8_t>& pmkid)
{
    // ID 48, Length 38, Version 1, group 00-0F-AC:4, 1 pairwise 00-0F-AC:4, 1 AKM, RSN
    // Capabilities 0, PMKID Count 1, PMKID
    return ConcatBytes({HexBytes("3026 0100 000fac04 0100 000fac04 0100 000fac"),
                        {static_cast<uint8_t>(akm & 0xff)},
                        HexBytes("0000 0100"),
                        pmkid});
}

/// \return the MDE of the context: 36 03 a1 b2 01
std::vector<uint8_t>
ExpectedMde()
{
    return HexBytes("3603 a1b2 01");
}

/**
 * Split elements into (ID, whole element) pairs, for the test's own checks.
 * \param bytes the elements \return the elements (empty on a malformed list)
 */
std::vector<std::vector<uint8_t>>
Split(const std::vector<uint8_t>& bytes)
{
    std::vector<std::vector<uint8_t>> out;
    std::size_t i = 0;
    while (i + 2 <= bytes.size())
    {
        std::size_t len = bytes[i + 1];
        if (i + 2 + len > bytes.size())
        {
            return {};
        }
        out.emplace_back(bytes.begin() + i, bytes.begin() + i + 2 + len);
        i += 2 + len;
    }
    return i == bytes.size() ? out : std::vector<std::vector<uint8_t>>{};
}

/// A complete roam, checked step by step against values computed in the test.
class FtRoamTestCase : public TestCase
{
  public:
    /// \param akm the AKM
    explicit FtRoamTestCase(uint32_t akm)
        : TestCase(akm == RsnElement::AKM_FT_PSK ? "FT-PSK roam" : "FT-802.1X roam"),
          m_akm(akm)
    {
    }

  private:
    void DoRun() override
    {
        KeyContext ctx = MakeContext(m_akm);
        FtCrypto::PmkR1 r1 =
            FtCrypto::DerivePmkR1(ctx.pmkR0.key, ctx.pmkR0.name, ctx.bssid, ctx.sta);
        NS_TEST_ASSERT_MSG_EQ((r1.name == FtCrypto::PmkR1Name(ctx.pmkR0.name, ctx.bssid, ctx.sta)),
                              true,
                              "PMKR1Name");
        FtCrypto::FtPtk expectedPtk =
            FtCrypto::DerivePtk(r1.key, r1.name, ctx.snonce, ctx.anonce, ctx.bssid, ctx.sta);

        FtAuthenticatorSm auth(AuthConfig(ctx));
        FtSupplicantSm supp(SuppConfig(ctx));
        NS_TEST_ASSERT_MSG_EQ((auth.GetPmkR1Name() == r1.name), true, "AP PMKR1Name");
        NS_TEST_ASSERT_MSG_EQ((supp.GetPmkR1Name() == r1.name), true, "STA PMKR1Name");

        // Sequence 1: algorithm 2, sequence 1, status 0 (9.3.3.12), RSNE with PMKR0Name, MDE,
        // FTE (Length 82 + 10: MIC Control 0, MIC 0, ANonce 0, SNonce, R0KH-ID subelement).
        std::vector<uint8_t> seq1 = supp.StartAuthentication();
        std::vector<uint8_t> expected1 = ConcatBytes({HexBytes("0200 0100 0000"),
                                                      ExpectedRsne(m_akm, ctx.pmkR0.name),
                                                      ExpectedMde(),
                                                      HexBytes("375c 0000"),
                                                      std::vector<uint8_t>(16 + 32, 0),
                                                      ctx.snonce,
                                                      HexBytes("0308"),
                                                      ctx.r0khId});
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(seq1),
                              wlctest::HexString(expected1),
                              "sequence 1 image");
        FtAuthenticationFrame f1;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticationFrame::Decode(seq1, f1, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(f1.GetTransactionSequence(), 1, "seq 1");
        NS_TEST_ASSERT_MSG_EQ(f1.GetRsne().GetPmkids().size(), 1, "one PMKID");
        NS_TEST_ASSERT_MSG_EQ((f1.GetRsne().GetPmkids()[0] == ctx.pmkR0.name), true, "PMKR0Name");
        NS_TEST_ASSERT_MSG_EQ(f1.GetRsne().HasAkm(m_akm), true, "AKM");
        NS_TEST_ASSERT_MSG_EQ(f1.GetMde().GetMdid(), ctx.mdid, "MDID");
        NS_TEST_ASSERT_MSG_EQ((f1.GetFte().GetSNonce() == ctx.snonce), true, "SNonce");
        NS_TEST_ASSERT_MSG_EQ((f1.GetFte().GetR0khId() == ctx.r0khId), true, "R0KH-ID");
        NS_TEST_ASSERT_MSG_EQ(f1.GetFte().HasR1khId(), false, "no R1KH-ID in seq 1");
        NS_TEST_ASSERT_MSG_EQ((supp.GetState() == FtSupplicantSm::State::WAIT_AUTH_RESPONSE),
                              true,
                              "STA waits");

        // Sequence 2 (13.8.3: the RSNE repeats the PMKR0Name of sequence 1).
        FtAuthenticatorSm::Result a1 = auth.OnAuthenticationRequest(seq1);
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(a1.action), "SEND", a1.reason);
        NS_TEST_ASSERT_MSG_EQ(a1.status, 0, "status 0");
        std::vector<uint8_t> expected2 = ConcatBytes({HexBytes("0200 0200 0000"),
                                                      ExpectedRsne(m_akm, ctx.pmkR0.name),
                                                      ExpectedMde(),
                                                      HexBytes("3764 0000"),
                                                      std::vector<uint8_t>(16, 0),
                                                      ctx.anonce,
                                                      ctx.snonce,
                                                      HexBytes("0106"),
                                                      MacBytes(ctx.bssid),
                                                      HexBytes("0308"),
                                                      ctx.r0khId,
                                                      HexBytes("3805 01 e8030000")});
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(a1.authBody),
                              wlctest::HexString(expected2),
                              "sequence 2 image");
        FtAuthenticationFrame f2;
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticationFrame::Decode(a1.authBody, f2, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(f2.GetTransactionSequence(), 2, "seq 2");
        NS_TEST_ASSERT_MSG_EQ(f2.GetStatusCode(), 0, "status");
        NS_TEST_ASSERT_MSG_EQ((f2.GetRsne().GetPmkids()[0] == ctx.pmkR0.name), true, "PMKR0Name");
        NS_TEST_ASSERT_MSG_EQ((f2.GetFte().GetANonce() == ctx.anonce), true, "ANonce");
        NS_TEST_ASSERT_MSG_EQ((f2.GetFte().GetSNonce() == ctx.snonce), true, "SNonce echo");
        NS_TEST_ASSERT_MSG_EQ(f2.GetFte().GetR1khId(), ctx.bssid, "R1KH-ID");
        NS_TEST_ASSERT_MSG_EQ(f2.GetFte().GetMicControl(), 0, "no MIC in seq 2");
        NS_TEST_ASSERT_MSG_EQ(f2.GetTimeoutInterval().value, 1000, "deadline");
        NS_TEST_ASSERT_MSG_EQ((auth.GetPtk() == expectedPtk.ptk), true, "AP PTK after seq 1");
        NS_TEST_ASSERT_MSG_EQ((auth.GetPtkName() == expectedPtk.name), true, "PTKName");

        // Reassociation Request.
        FtSupplicantSm::Result s1 = supp.OnAuthenticationResponse(a1.authBody);
        NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(s1.action), "SEND", s1.reason);
        NS_TEST_ASSERT_MSG_EQ((s1.ptk == expectedPtk.ptk), true, "STA PTK");
        NS_TEST_ASSERT_MSG_EQ(supp.GetReassociationDeadlineTu(), 1000, "deadline received");
        auto req = Split(s1.reassociationElements);
        NS_TEST_ASSERT_MSG_EQ(req.size(), 3, "RSNE, MDE, FTE");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(req[0]),
                              wlctest::HexString(ExpectedRsne(m_akm, r1.name)),
                              "reassoc RSNE");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(req[1]),
                              wlctest::HexString(ExpectedMde()),
                              "reassoc MDE");
        std::vector<uint8_t> expectedFteZero = ConcatBytes({HexBytes("3764 0003"),
                                                            std::vector<uint8_t>(16, 0),
                                                            ctx.anonce,
                                                            ctx.snonce,
                                                            HexBytes("0106"),
                                                            MacBytes(ctx.bssid),
                                                            HexBytes("0308"),
                                                            ctx.r0khId});
        std::vector<uint8_t> zeroed;
        NS_TEST_ASSERT_MSG_EQ(FastBssTransitionElement::ZeroMic(req[2], zeroed, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(zeroed),
                              wlctest::HexString(expectedFteZero),
                              "reassoc FTE (MIC zeroed): Element Count 3");
        std::vector<uint8_t> mic5 = FtCrypto::FtMic(expectedPtk.ptk.kck,
                                                    ctx.sta,
                                                    ctx.bssid,
                                                    5,
                                                    req[0],
                                                    req[1],
                                                    expectedFteZero);
        NS_TEST_ASSERT_MSG_EQ(
            wlctest::HexString(std::vector<uint8_t>(req[2].begin() + 4, req[2].begin() + 20)),
            wlctest::HexString(mic5),
            "reassoc request MIC over sequence 5");

        // Reassociation Response.
        FtAuthenticatorSm::Result a2 = auth.OnReassociationRequest(s1.reassociationElements);
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(a2.action), "COMPLETED", a2.reason);
        NS_TEST_ASSERT_MSG_EQ((a2.ptk == expectedPtk.ptk), true, "AP PTK");
        NS_TEST_ASSERT_MSG_EQ((a2.ptk == s1.ptk), true, "both PTKs equal");
        NS_TEST_ASSERT_MSG_EQ((auth.GetState() == FtAuthenticatorSm::State::COMPLETED),
                              true,
                              "AP completed");
        auto resp = Split(a2.responseElements);
        NS_TEST_ASSERT_MSG_EQ(resp.size(), 3, "RSNE, MDE, FTE");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(resp[0]),
                              wlctest::HexString(ExpectedRsne(m_akm, r1.name)),
                              "response RSNE");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(resp[1]),
                              wlctest::HexString(ExpectedMde()),
                              "response MDE");
        FastBssTransitionElement rf;
        NS_TEST_ASSERT_MSG_EQ(FastBssTransitionElement::Decode(resp[2], rf, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(rf.GetElementCount(), 3, "Element Count");
        NS_TEST_ASSERT_MSG_EQ(rf.HasGtk(), true, "GTK subelement");
        NS_TEST_ASSERT_MSG_EQ(rf.GetGtk().GetKeyId(), 2, "GTK Key ID");
        NS_TEST_ASSERT_MSG_EQ(rf.GetGtk().keyLength, 16, "GTK Key Length");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(rf.GetGtk().rsc),
                              wlctest::HexString(HexBytes("0501000000000000")),
                              "RSC");
        std::vector<uint8_t> unwrapped;
        NS_TEST_ASSERT_MSG_EQ(
            WpaCrypto::AesKeyUnwrap(expectedPtk.ptk.kek, rf.GetGtk().wrappedKey, unwrapped),
            true,
            "GTK unwraps with the KEK");
        NS_TEST_ASSERT_MSG_EQ((unwrapped == ctx.gtk), true, "wrapped GTK");
        // Subelement image: ID 2, Length 35, Key Info 0x0002, Key Length 16, RSC, Wrapped Key
        std::vector<uint8_t> gtkSub =
            ConcatBytes({HexBytes("0223 0200 10 0501000000000000"), rf.GetGtk().wrappedKey});
        std::vector<uint8_t> expectedRespFteZero = ConcatBytes({HexBytes("3789 0003"),
                                                                std::vector<uint8_t>(16, 0),
                                                                ctx.anonce,
                                                                ctx.snonce,
                                                                HexBytes("0106"),
                                                                MacBytes(ctx.bssid),
                                                                gtkSub,
                                                                HexBytes("0308"),
                                                                ctx.r0khId});
        NS_TEST_ASSERT_MSG_EQ(FastBssTransitionElement::ZeroMic(resp[2], zeroed, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(zeroed),
                              wlctest::HexString(expectedRespFteZero),
                              "response FTE (MIC zeroed)");
        std::vector<uint8_t> mic6 = FtCrypto::FtMic(expectedPtk.ptk.kck,
                                                    ctx.sta,
                                                    ctx.bssid,
                                                    6,
                                                    resp[0],
                                                    resp[1],
                                                    expectedRespFteZero);
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(rf.GetMic()),
                              wlctest::HexString(mic6),
                              "response MIC over sequence 6");
        NS_TEST_ASSERT_MSG_NE(wlctest::HexString(mic5), wlctest::HexString(mic6), "5 != 6");

        FtSupplicantSm::Result s2 = supp.OnReassociationResponse(a2.responseElements);
        NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(s2.action), "COMPLETED", s2.reason);
        NS_TEST_ASSERT_MSG_EQ((s2.ptk == expectedPtk.ptk), true, "STA PTK");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(s2.gtk), wlctest::HexString(ctx.gtk), "GTK");
        NS_TEST_ASSERT_MSG_EQ(s2.gtkKeyId, 2, "GTK Key ID");
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(s2.gtkRsc),
                              wlctest::HexString(HexBytes("0501000000000000")),
                              "GTK RSC");
        NS_TEST_ASSERT_MSG_EQ((supp.GetState() == FtSupplicantSm::State::COMPLETED),
                              true,
                              "STA completed");

        // Everything after the end is ignored.
        NS_TEST_ASSERT_MSG_EQ(
            FtAuthenticatorSm::ActionName(auth.OnAuthenticationRequest(seq1).action),
            "IGNORED",
            "AP done");
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(
                                  auth.OnReassociationRequest(s1.reassociationElements).action),
                              "IGNORED",
                              "AP done");
        NS_TEST_ASSERT_MSG_EQ(
            FtSupplicantSm::ActionName(supp.OnReassociationResponse(a2.responseElements).action),
            "IGNORED",
            "STA done");
    }

    uint32_t m_akm; //!< AKM
};

/// The state of a roam run up to the Reassociation Request.
struct Roam
{
    FtAuthenticatorSm auth;       //!< AP side
    FtSupplicantSm supp;          //!< STA side
    std::vector<uint8_t> seq1;    //!< sequence 1 body
    FtAuthenticatorSm::Result a1; //!< sequence 2
    FtSupplicantSm::Result s1;    //!< Reassociation Request

    /// \param a the AP's configuration \param s the STA's configuration
    Roam(const FtAuthenticatorSm::Config& a, const FtSupplicantSm::Config& s)
        : auth(a),
          supp(s)
    {
        seq1 = supp.StartAuthentication();
        a1 = auth.OnAuthenticationRequest(seq1);
        s1 = supp.OnAuthenticationResponse(a1.authBody);
    }
};

/// Refusals of the Authentication Request and their status codes.
class FtRefusalTestCase : public TestCase
{
  public:
    FtRefusalTestCase()
        : TestCase("FT Authentication refusals: 53, 54, 55, 43")
    {
    }

  private:
    /**
     * Run sequence 1 with a modified STA configuration and check the refusal.
     * \param s the STA configuration \param status the expected status \param what label
     */
    void Check(const FtSupplicantSm::Config& s, uint16_t status, const std::string& what)
    {
        KeyContext ctx = MakeContext(RsnElement::AKM_FT_PSK);
        FtAuthenticatorSm auth(AuthConfig(ctx));
        FtSupplicantSm supp(s);
        FtAuthenticatorSm::Result r = auth.OnAuthenticationRequest(supp.StartAuthentication());
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "SEND", what);
        NS_TEST_ASSERT_MSG_EQ(r.status, status, what + ": " + r.reason);
        NS_TEST_ASSERT_MSG_NE(r.reason, "", what);
        // 9.3.3.12: algorithm 2, sequence 2, the status, nothing else
        std::vector<uint8_t> image = {0x02, 0x00, 0x02, 0x00, static_cast<uint8_t>(status), 0x00};
        NS_TEST_ASSERT_MSG_EQ(wlctest::HexString(r.authBody), wlctest::HexString(image), what);
        NS_TEST_ASSERT_MSG_EQ((auth.GetState() == FtAuthenticatorSm::State::WAIT_AUTH),
                              true,
                              what + ": AP still waits");
        FtSupplicantSm::Result f = supp.OnAuthenticationResponse(r.authBody);
        NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(f.action), "FAILED", what);
        NS_TEST_ASSERT_MSG_EQ(f.status, status, what);
        NS_TEST_ASSERT_MSG_NE(f.reason.find(std::to_string(status)), std::string::npos, f.reason);
        NS_TEST_ASSERT_MSG_EQ((supp.GetState() == FtSupplicantSm::State::FAILED), true, what);
        // the AP still accepts the right client afterwards
        FtSupplicantSm good(SuppConfig(ctx));
        r = auth.OnAuthenticationRequest(good.StartAuthentication());
        NS_TEST_ASSERT_MSG_EQ(r.status, 0, what + ": recovery");
    }

    void DoRun() override
    {
        KeyContext ctx = MakeContext(RsnElement::AKM_FT_PSK);
        FtSupplicantSm::Config s = SuppConfig(ctx);
        s.pmkR0Name[5] ^= 0x01;
        Check(s, 53, "wrong PMKR0Name");
        s = SuppConfig(ctx);
        s.mdid = 0xb2a2;
        Check(s, 54, "wrong MDID");
        s = SuppConfig(ctx);
        s.ftCapability = 0;
        Check(s, 54, "wrong FT policy");
        s = SuppConfig(ctx);
        s.r0khId = TextBytes("other-r0kh");
        Check(s, 55, "wrong R0KH-ID");
        s = SuppConfig(ctx);
        s.akm = RsnElement::AKM_FT_8021X;
        Check(s, 43, "wrong AKM");

        // a Reassociation Request before any authentication fails without changing the state
        FtAuthenticatorSm auth(AuthConfig(ctx));
        Roam roam(AuthConfig(ctx), SuppConfig(ctx));
        FtAuthenticatorSm::Result r = auth.OnReassociationRequest(roam.s1.reassociationElements);
        NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "FAILED", "early reassoc");
        NS_TEST_ASSERT_MSG_EQ((auth.GetState() == FtAuthenticatorSm::State::WAIT_AUTH),
                              true,
                              "early reassoc");

        // the STA roams to another BSSID than the AP's: its PMKR1Name differs
        FtSupplicantSm::Config other = SuppConfig(ctx);
        other.bssid = Mac48Address("02:00:00:00:03:00");
        Roam wrongAp(AuthConfig(ctx), other);
        NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(wrongAp.s1.action),
                              "FAILED",
                              "R1KH-ID / PMKR1Name of another AP");
    }
};

/// Tampering with the Reassociation Request and Response.
class FtTamperTestCase : public TestCase
{
  public:
    FtTamperTestCase()
        : TestCase("FT reassociation tampering: MIC, ANonce echo, every byte")
    {
    }

  private:
    void DoRun() override
    {
        KeyContext ctx = MakeContext(RsnElement::AKM_FT_PSK);
        FtAuthenticatorSm::Config ac = AuthConfig(ctx);
        FtSupplicantSm::Config sc = SuppConfig(ctx);
        FtCrypto::PmkR1 r1 =
            FtCrypto::DerivePmkR1(ctx.pmkR0.key, ctx.pmkR0.name, ctx.bssid, ctx.sta);
        FtCrypto::FtPtk ptk =
            FtCrypto::DerivePtk(r1.key, r1.name, ctx.snonce, ctx.anonce, ctx.bssid, ctx.sta);
        std::string why;
        // the RSNE and MDE of parts with the changed FTE, its MIC recomputed for the frame of
        // transaction sequence 5 (request) or 6 (response): a valid MIC over tampered content
        auto resealed = [&](const std::vector<std::vector<uint8_t>>& parts,
                            FastBssTransitionElement fte,
                            uint8_t sequence) {
            fte.SetMic(FtCrypto::FtMic(ptk.ptk.kck,
                                       ctx.sta,
                                       ctx.bssid,
                                       sequence,
                                       parts[0],
                                       parts[1],
                                       fte.EncodeWithZeroMic()));
            return ConcatBytes({parts[0], parts[1], fte.Encode()});
        };

        // a flipped MIC bit in the Reassociation Request
        {
            Roam roam(ac, sc);
            WLC_REQUIRE_EQ(FtSupplicantSm::ActionName(roam.s1.action), "SEND", roam.s1.reason);
            std::vector<uint8_t> e = roam.s1.reassociationElements;
            auto parts = Split(e);
            std::size_t micAt = parts[0].size() + parts[1].size() + 4;
            e[micAt + 7] ^= 0x10;
            FtAuthenticatorSm::Result r = roam.auth.OnReassociationRequest(e);
            NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "FAILED", "MIC bit");
            NS_TEST_ASSERT_MSG_EQ(r.status, 55, "INVALID_FTE");
            NS_TEST_ASSERT_MSG_NE(r.reason.find("MIC"), std::string::npos, r.reason);
            NS_TEST_ASSERT_MSG_EQ((roam.auth.GetState() == FtAuthenticatorSm::State::FAILED),
                                  true,
                                  "final");
            r = roam.auth.OnReassociationRequest(roam.s1.reassociationElements);
            NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action),
                                  "IGNORED",
                                  "nothing after a failure");
        }

        // a wrong ANonce echo with a valid MIC (recomputed in the test)
        {
            Roam roam(ac, sc);
            auto parts = Split(roam.s1.reassociationElements);
            FastBssTransitionElement fte;
            WLC_REQUIRE_EQ(FastBssTransitionElement::Decode(parts[2], fte, why), true, why);
            std::vector<uint8_t> anonce = ctx.anonce;
            anonce[0] ^= 0xff;
            fte.SetANonce(anonce);
            FtAuthenticatorSm::Result r = roam.auth.OnReassociationRequest(resealed(parts, fte, 5));
            NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "FAILED", "ANonce");
            NS_TEST_ASSERT_MSG_NE(r.reason.find("ANonce"), std::string::npos, r.reason);
        }

        // the same Reassociation Request, rebuilt in the test with its MIC, is accepted (the
        // rebuild itself is right), and other elements around the three are skipped
        {
            Roam roam(ac, sc);
            auto parts = Split(roam.s1.reassociationElements);
            FastBssTransitionElement fte;
            WLC_REQUIRE_EQ(FastBssTransitionElement::Decode(parts[2], fte, why), true, why);
            FtAuthenticatorSm::Result r = roam.auth.OnReassociationRequest(
                ConcatBytes({HexBytes("0000"), resealed(parts, fte, 5), HexBytes("dd00")}));
            NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "COMPLETED", r.reason);
        }

        // a wrong ANonce in the Reassociation Response with a valid MIC
        {
            Roam roam(ac, sc);
            FtAuthenticatorSm::Result a2 =
                roam.auth.OnReassociationRequest(roam.s1.reassociationElements);
            WLC_REQUIRE_EQ(FtAuthenticatorSm::ActionName(a2.action), "COMPLETED", a2.reason);
            auto parts = Split(a2.responseElements);
            FastBssTransitionElement fte;
            WLC_REQUIRE_EQ(FastBssTransitionElement::Decode(parts[2], fte, why), true, why);
            std::vector<uint8_t> anonce = ctx.anonce;
            anonce[31] ^= 0x01;
            fte.SetANonce(anonce);
            FtSupplicantSm::Result s2 = roam.supp.OnReassociationResponse(resealed(parts, fte, 6));
            NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(s2.action), "FAILED", "ANonce");
            NS_TEST_ASSERT_MSG_NE(s2.reason.find("ANonce"), std::string::npos, s2.reason);
        }

        // a GTK wrapped with another key, MIC valid: the unwrap integrity check fails
        {
            Roam roam(ac, sc);
            FtAuthenticatorSm::Result a2 =
                roam.auth.OnReassociationRequest(roam.s1.reassociationElements);
            auto parts = Split(a2.responseElements);
            FastBssTransitionElement fte;
            WLC_REQUIRE_EQ(FastBssTransitionElement::Decode(parts[2], fte, why), true, why);
            FastBssTransitionElement::Gtk gtk = fte.GetGtk();
            std::vector<uint8_t> otherKek(16, 0x77);
            WLC_REQUIRE_EQ(WpaCrypto::AesKeyWrap(otherKek, ctx.gtk, gtk.wrappedKey), true, "wrap");
            fte.SetGtk(gtk);
            FtSupplicantSm::Result s2 = roam.supp.OnReassociationResponse(resealed(parts, fte, 6));
            NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(s2.action), "FAILED", "GTK KEK");
            NS_TEST_ASSERT_MSG_NE(s2.reason.find("Unwrap"), std::string::npos, s2.reason);
        }

        // every byte of the Reassociation Request, one bit flipped: the AP fails
        Roam base(ac, sc);
        const std::vector<uint8_t> request = base.s1.reassociationElements;
        for (std::size_t i = 0; i < request.size(); ++i)
        {
            for (uint8_t bit : {uint8_t(0x01), uint8_t(0x80)})
            {
                FtAuthenticatorSm auth(ac);
                auth.OnAuthenticationRequest(base.seq1);
                std::vector<uint8_t> e = request;
                e[i] ^= bit;
                FtAuthenticatorSm::Result r = auth.OnReassociationRequest(e);
                NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action),
                                      "FAILED",
                                      "request byte " << i << " bit " << int(bit));
            }
        }
        // every byte of the Reassociation Response, one bit flipped: the STA fails
        FtAuthenticatorSm::Result a2 = base.auth.OnReassociationRequest(request);
        WLC_REQUIRE_EQ(FtAuthenticatorSm::ActionName(a2.action), "COMPLETED", a2.reason);
        const std::vector<uint8_t> response = a2.responseElements;
        for (std::size_t i = 0; i < response.size(); ++i)
        {
            for (uint8_t bit : {uint8_t(0x01), uint8_t(0x80)})
            {
                FtSupplicantSm supp(sc);
                supp.StartAuthentication();
                supp.OnAuthenticationResponse(base.a1.authBody);
                std::vector<uint8_t> e = response;
                e[i] ^= bit;
                FtSupplicantSm::Result r = supp.OnReassociationResponse(e);
                NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(r.action),
                                      "FAILED",
                                      "response byte " << i << " bit " << int(bit));
            }
        }
        // and the untouched response still completes
        FtSupplicantSm supp(sc);
        supp.StartAuthentication();
        supp.OnAuthenticationResponse(base.a1.authBody);
        NS_TEST_ASSERT_MSG_EQ(
            FtSupplicantSm::ActionName(supp.OnReassociationResponse(response).action),
            "COMPLETED",
            "untouched response");
    }
};

/// Truncations and random bytes to every On* method: never a crash, never a success.
class FtGarbageTestCase : public TestCase
{
  public:
    FtGarbageTestCase()
        : TestCase("FT state machines: truncated and random input")
    {
    }

  private:
    void DoRun() override
    {
        KeyContext ctx = MakeContext(RsnElement::AKM_FT_8021X);
        FtAuthenticatorSm::Config ac = AuthConfig(ctx);
        FtSupplicantSm::Config sc = SuppConfig(ctx);
        Roam base(ac, sc);
        FtAuthenticatorSm::Result a2;
        {
            Roam copy(ac, sc);
            a2 = copy.auth.OnReassociationRequest(copy.s1.reassociationElements);
            WLC_REQUIRE_EQ(FtAuthenticatorSm::ActionName(a2.action), "COMPLETED", a2.reason);
        }

        // every proper prefix
        for (std::size_t n = 0; n < base.seq1.size(); ++n)
        {
            FtAuthenticatorSm auth(ac);
            FtAuthenticatorSm::Result r = auth.OnAuthenticationRequest(
                std::vector<uint8_t>(base.seq1.begin(), base.seq1.begin() + n));
            bool refused = r.action == FtAuthenticatorSm::Result::Action::IGNORED ||
                           (r.action == FtAuthenticatorSm::Result::Action::SEND && r.status != 0);
            NS_TEST_ASSERT_MSG_EQ(refused, true, "seq 1 prefix " << n);
        }
        for (std::size_t n = 0; n < base.a1.authBody.size(); ++n)
        {
            FtSupplicantSm supp(sc);
            supp.StartAuthentication();
            FtSupplicantSm::Result r = supp.OnAuthenticationResponse(
                std::vector<uint8_t>(base.a1.authBody.begin(), base.a1.authBody.begin() + n));
            if (n + 7 == base.a1.authBody.size())
            {
                // only the Timeout Interval element is cut: it is optional for the STA
                NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(r.action), "SEND", r.reason);
                NS_TEST_ASSERT_MSG_EQ(supp.GetReassociationDeadlineTu(), 0, "no deadline");
                continue;
            }
            NS_TEST_ASSERT_MSG_NE(FtSupplicantSm::ActionName(r.action),
                                  "SEND",
                                  "seq 2 prefix " << n);
        }
        const std::vector<uint8_t>& req = base.s1.reassociationElements;
        for (std::size_t n = 0; n < req.size(); ++n)
        {
            FtAuthenticatorSm auth(ac);
            auth.OnAuthenticationRequest(base.seq1);
            FtAuthenticatorSm::Result r =
                auth.OnReassociationRequest(std::vector<uint8_t>(req.begin(), req.begin() + n));
            NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action),
                                  "FAILED",
                                  "reassoc request prefix " << n);
        }
        for (std::size_t n = 0; n < a2.responseElements.size(); ++n)
        {
            FtSupplicantSm supp(sc);
            supp.StartAuthentication();
            supp.OnAuthenticationResponse(base.a1.authBody);
            FtSupplicantSm::Result r = supp.OnReassociationResponse(
                std::vector<uint8_t>(a2.responseElements.begin(), a2.responseElements.begin() + n));
            NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(r.action),
                                  "FAILED",
                                  "reassoc response prefix " << n);
        }

        // random bytes, also behind valid fixed fields, in every state
        std::mt19937 rng(20261204);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<int> len(0, 300);
        for (int iter = 0; iter < 300; ++iter)
        {
            std::vector<uint8_t> junk(len(rng));
            for (auto& b : junk)
            {
                b = static_cast<uint8_t>(byte(rng));
            }
            std::vector<uint8_t> auth1 = ConcatBytes({HexBytes("0200 0100 0000"), junk});
            std::vector<uint8_t> auth2 = ConcatBytes({HexBytes("0200 0200 0000"), junk});
            // element-shaped junk: an RSNE, MDE and FTE header with random contents
            std::vector<uint8_t> shaped = junk;
            if (shaped.size() > 4)
            {
                shaped[0] = 55;
                shaped[1] = static_cast<uint8_t>(shaped.size() - 2);
            }

            FtAuthenticatorSm fresh(ac);
            for (const auto& in : {junk, auth1, shaped})
            {
                FtAuthenticatorSm::Result r = fresh.OnAuthenticationRequest(in);
                NS_TEST_ASSERT_MSG_EQ(
                    (r.action == FtAuthenticatorSm::Result::Action::SEND && r.status == 0),
                    false,
                    "random seq 1 accepted");
                r = fresh.OnReassociationRequest(in);
                NS_TEST_ASSERT_MSG_NE(FtAuthenticatorSm::ActionName(r.action), "COMPLETED", "");
            }
            for (const auto& in : {junk, shaped})
            {
                FtAuthenticatorSm waiting(ac);
                waiting.OnAuthenticationRequest(base.seq1);
                FtAuthenticatorSm::Result r = waiting.OnReassociationRequest(in);
                NS_TEST_ASSERT_MSG_EQ(FtAuthenticatorSm::ActionName(r.action), "FAILED", "");
            }

            FtSupplicantSm idle(sc);
            for (const auto& in : {junk, auth2, shaped})
            {
                NS_TEST_ASSERT_MSG_EQ(
                    FtSupplicantSm::ActionName(idle.OnAuthenticationResponse(in).action),
                    "IGNORED",
                    "idle");
                NS_TEST_ASSERT_MSG_EQ(
                    FtSupplicantSm::ActionName(idle.OnReassociationResponse(in).action),
                    "IGNORED",
                    "idle");
            }
            for (const auto& in : {junk, auth2, shaped})
            {
                FtSupplicantSm supp(sc);
                supp.StartAuthentication();
                FtSupplicantSm::Result r = supp.OnAuthenticationResponse(in);
                NS_TEST_ASSERT_MSG_NE(FtSupplicantSm::ActionName(r.action), "SEND", "random seq 2");
                r = supp.OnReassociationResponse(in);
                NS_TEST_ASSERT_MSG_NE(FtSupplicantSm::ActionName(r.action), "COMPLETED", "");
            }
            for (const auto& in : {junk, shaped})
            {
                FtSupplicantSm supp(sc);
                supp.StartAuthentication();
                supp.OnAuthenticationResponse(base.a1.authBody);
                FtSupplicantSm::Result r = supp.OnReassociationResponse(in);
                NS_TEST_ASSERT_MSG_EQ(FtSupplicantSm::ActionName(r.action), "FAILED", "");
            }
        }
    }
};

/**
 * WpaFtClient, the client's 802.11r state as WpaSupplicant drives it: the initial mobility
 * domain association learnt from an Association Response, then roams whose responses come from
 * the wrong AP, are cut short, of another algorithm or sequence (ignored, the roam goes on),
 * or carry a malformed FTE, a wrong SNonce, a refusal, a Reassociation Response with a bad MIC
 * (the roam fails and is abandoned), and a roam that completes.
 */
class WpaFtClientTestCase : public TestCase
{
  public:
    WpaFtClientTestCase()
        : TestCase("WpaFtClient: responses from elsewhere, malformed, tampered, and a roam")
    {
    }

  private:
    /// A client after its FT initial mobility domain association at m_ap1, with m_ctx.bssid
    /// announcing the same mobility domain. \param client the client \return whether it worked
    bool Associate(WpaFtClient& client)
    {
        // Association Response: Capability, Status 0, AID, then MDE and FTE (R1KH-ID, R0KH-ID)
        FastBssTransitionElement fte;
        fte.SetR1khId(m_ap1);
        fte.SetR0khId(m_ctx.r0khId);
        std::vector<uint8_t> response =
            ConcatBytes({HexBytes("0100 0000 01c0"), ExpectedMde(), fte.Encode()});
        client.NoteResponse(m_ap1, WIFI_MAC_MGT_ASSOCIATION_RESPONSE, response);
        // Probe Response of the target: Timestamp, Beacon Interval, Capability, then the MDE
        client.NoteResponse(m_ctx.bssid,
                            WIFI_MAC_MGT_PROBE_RESPONSE,
                            ConcatBytes({std::vector<uint8_t>(12, 0), ExpectedMde()}));
        WpaFtParams params;
        std::string why;
        bool ok = client.InitialAssociation(m_ap1, m_psk, SSID, m_ctx.sta, params, why);
        NS_TEST_EXPECT_MSG_EQ(ok, true, why);
        NS_TEST_EXPECT_MSG_EQ(
            wlctest::HexString(params.pmkR1Name),
            wlctest::HexString(FtCrypto::PmkR1Name(m_ctx.pmkR0.name, m_ap1, m_ctx.sta)),
            "PMKR1Name of the initial association");
        NS_TEST_EXPECT_MSG_EQ(client.CanRoamTo(m_ctx.bssid), true, "a roam to the target");
        return ok && client.CanRoamTo(m_ctx.bssid);
    }

    /**
     * \param body an FT Authentication body \param offset from the start of the FTE's body
     * \param mask XORed into that octet \return the body with the FTE changed
     */
    static std::vector<uint8_t> ChangeFte(std::vector<uint8_t> body,
                                          std::size_t offset,
                                          uint8_t mask)
    {
        std::size_t i = FtAuthenticationFrame::FIXED_SIZE;
        while (i + 2 <= body.size())
        {
            if (body[i] == FastBssTransitionElement::ELEMENT_ID && i + 2 + offset < body.size())
            {
                body[i + 2 + offset] ^= mask;
                return body;
            }
            i += 2 + body[i + 1];
        }
        return {};
    }

    void DoRun() override
    {
        m_ctx = MakeContext(RsnElement::AKM_FT_PSK);
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(WpaCrypto::PmkFromPassphrase("12345678", SSID, m_psk, why),
                              true,
                              why);
        auto name = [](const FtSupplicantSm::Result& r) {
            return FtSupplicantSm::ActionName(r.action);
        };

        WpaFtClient client(RsnElement::AKM_FT_PSK);
        WLC_REQUIRE_EQ(Associate(client), true, "initial mobility domain association");
        // no roam under way: a response from anywhere is ignored
        FtSupplicantSm::Result r = client.OnAuthenticationResponse(m_ctx.bssid, HexBytes("0200"));
        NS_TEST_EXPECT_MSG_EQ(name(r), "IGNORED", "no roam under way");

        // a roam, and what the client ignores while it waits
        std::vector<uint8_t> seq1 = client.StartRoam(m_ctx.bssid, m_ctx.sta, m_ctx.snonce);
        FtAuthenticatorSm auth(AuthConfig(m_ctx));
        FtAuthenticatorSm::Result a1 = auth.OnAuthenticationRequest(seq1);
        WLC_REQUIRE_EQ(a1.status, 0, a1.reason);
        const std::vector<std::pair<std::string, std::vector<uint8_t>>> ignored = {
            {"3 octets", HexBytes("0200 02")},
            {"Open System", HexBytes("0000 0200 0000")},
            {"FT sequence 1", seq1},
            {"FT sequence 3", HexBytes("0200 0300 0000")},
        };
        r = client.OnAuthenticationResponse(m_ap1, a1.authBody);
        NS_TEST_EXPECT_MSG_EQ(name(r), "IGNORED", "a response from another AP: " << r.reason);
        for (const auto& [what, body] : ignored)
        {
            r = client.OnAuthenticationResponse(m_ctx.bssid, body);
            NS_TEST_EXPECT_MSG_EQ(name(r), "IGNORED", what << ": " << r.reason);
        }
        NS_TEST_EXPECT_MSG_EQ((client.GetRoamTarget() == m_ctx.bssid), true, "roam goes on");
        NS_TEST_EXPECT_MSG_EQ(client.ReassociationElements(m_ctx.bssid).empty(), true, "none yet");

        // what fails the roam: each on a fresh roam to the target
        // (FTE body: MIC Control 2, MIC 16, ANonce 32, SNonce 32, subelements)
        std::vector<uint8_t> cut = ChangeFte(a1.authBody, 82 + 1, 0x40); // R1KH-ID length 6 ^ 0x40
        const std::vector<std::tuple<std::string, std::vector<uint8_t>, std::string>> failing = {
            {"FTE subelement running past the FTE", cut, "malformed"},
            {"wrong SNonce", ChangeFte(a1.authBody, 2 + 16 + 32 + 5, 0x01), "SNonce"},
            {"refusal 53", HexBytes("0200 0200 3500"), "status 53"},
            {"FTE cut to 2 octets",
             ConcatBytes(
                 {std::vector<uint8_t>(a1.authBody.begin(), a1.authBody.begin() + 6 + 40 + 5),
                  HexBytes("3702 0000")}),
             "malformed"},
        };
        for (const auto& [what, body, reason] : failing)
        {
            WpaFtClient fresh(RsnElement::AKM_FT_PSK);
            WLC_REQUIRE_EQ(Associate(fresh), true, what);
            FtAuthenticatorSm ap(AuthConfig(m_ctx));
            ap.OnAuthenticationRequest(fresh.StartRoam(m_ctx.bssid, m_ctx.sta, m_ctx.snonce));
            WLC_REQUIRE_EQ(body.empty(), false, what << ": the test's image");
            r = fresh.OnAuthenticationResponse(m_ctx.bssid, body);
            NS_TEST_EXPECT_MSG_EQ(name(r), "FAILED", what << ": " << r.reason);
            NS_TEST_EXPECT_MSG_NE(r.reason.find(reason),
                                  std::string::npos,
                                  what << ": '" << r.reason << "'");
            NS_TEST_EXPECT_MSG_EQ(fresh.GetRoamTarget().has_value(), false, what << ": abandoned");
            NS_TEST_EXPECT_MSG_EQ(fresh.CanRoamTo(m_ctx.bssid), true, what << ": keys kept");
        }

        // the good response: the Reassociation Request's elements
        r = client.OnAuthenticationResponse(m_ctx.bssid, a1.authBody);
        WLC_REQUIRE_EQ(name(r), "SEND", r.reason);
        std::vector<uint8_t> reassoc = client.ReassociationElements(m_ctx.bssid);
        NS_TEST_EXPECT_MSG_EQ(client.ReassociationElements(m_ap1).empty(), true, "other AP");
        FtAuthenticatorSm::Result a2 = auth.OnReassociationRequest(reassoc);
        WLC_REQUIRE_EQ(FtAuthenticatorSm::ActionName(a2.action), "COMPLETED", a2.reason);
        const std::vector<uint8_t> fixed = HexBytes("1100 0000 02c0");
        std::vector<uint8_t> good = ConcatBytes({fixed, a2.responseElements});
        // from another AP, or cut before its elements: ignored or failed, never keys
        r = client.OnReassociationResponse(m_ap1, good);
        NS_TEST_EXPECT_MSG_EQ(name(r), "IGNORED", "Reassociation Response of another AP");
        // a MIC octet flipped (the FTE follows the RSNE (40) and the MDE (5) after the fixed 6)
        std::vector<uint8_t> badMic = good;
        badMic[6 + 40 + 5 + 2 + 2 + 3] ^= 0x10;
        {
            WpaFtClient fresh(RsnElement::AKM_FT_PSK);
            WLC_REQUIRE_EQ(Associate(fresh), true, "bad MIC");
            fresh.StartRoam(m_ctx.bssid, m_ctx.sta, m_ctx.snonce);
            WLC_REQUIRE_EQ(name(fresh.OnAuthenticationResponse(m_ctx.bssid, a1.authBody)),
                           "SEND",
                           "bad MIC");
            FtSupplicantSm::Result bad = fresh.OnReassociationResponse(m_ctx.bssid, badMic);
            NS_TEST_EXPECT_MSG_EQ(name(bad), "FAILED", bad.reason);
            NS_TEST_EXPECT_MSG_NE(bad.reason.find("MIC"), std::string::npos, bad.reason);
            NS_TEST_EXPECT_MSG_EQ(fresh.GetRoamTarget().has_value(), false, "abandoned");
            NS_TEST_EXPECT_MSG_EQ(bad.gtk.empty(), true, "no GTK from a bad MIC");
        }
        {
            WpaFtClient fresh(RsnElement::AKM_FT_PSK);
            WLC_REQUIRE_EQ(Associate(fresh), true, "short response");
            fresh.StartRoam(m_ctx.bssid, m_ctx.sta, m_ctx.snonce);
            fresh.OnAuthenticationResponse(m_ctx.bssid, a1.authBody);
            FtSupplicantSm::Result bad = fresh.OnReassociationResponse(m_ctx.bssid, fixed);
            NS_TEST_EXPECT_MSG_EQ(name(bad), "FAILED", "no elements: " << bad.reason);
        }
        // and the real one
        r = client.OnReassociationResponse(m_ctx.bssid, good);
        NS_TEST_EXPECT_MSG_EQ(name(r), "COMPLETED", r.reason);
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(r.gtk), wlctest::HexString(m_ctx.gtk), "GTK");
        NS_TEST_EXPECT_MSG_EQ(client.GetRoamTarget().has_value(), false, "the roam is over");
        r = client.OnReassociationResponse(m_ctx.bssid, good);
        NS_TEST_EXPECT_MSG_EQ(name(r), "IGNORED", "a repeated Reassociation Response");
    }

    KeyContext m_ctx;                        //!< the key context (target: m_ctx.bssid)
    std::vector<uint8_t> m_psk;              //!< the PSK (XXKey)
    Mac48Address m_ap1{"02:00:00:00:02:01"}; //!< the AP of the initial association
};

/// The suite.
class FtRoamTestSuite : public TestSuite
{
  public:
    FtRoamTestSuite()
        : TestSuite("wlc-ft-roam", WLC_TEST_UNIT)
    {
        AddTestCase(new FtRoamTestCase(RsnElement::AKM_FT_PSK), WLC_TEST_QUICK);
        AddTestCase(new FtRoamTestCase(RsnElement::AKM_FT_8021X), WLC_TEST_QUICK);
        AddTestCase(new FtRefusalTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtTamperTestCase, WLC_TEST_QUICK);
        AddTestCase(new FtGarbageTestCase, WLC_TEST_QUICK);
        AddTestCase(new WpaFtClientTestCase, WLC_TEST_QUICK);
    }
};

/// Static instance.
FtRoamTestSuite g_ftRoamTestSuite;

} // namespace
} // namespace ns3
