/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FT_TEST_FIXTURE_H
#define WLC_FT_TEST_FIXTURE_H

/**
 * \file
 * \ingroup wlc-tests
 * Set-up code and checks of the 802.11r system tests (test-only, header-only, not installed):
 * a recorder of a RoamingScenario's client frames on the air (Authentication, (Re)Association,
 * EAPOL), of its supplicant's FT and handshake traces, the controllers' FT answers, the RADIUS
 * requests and the controllers' PMK-R0 at the walk's start, an error model that drops one kind
 * of mobility message, element parsers and images written from IEEE 802.11-2020, and a TestCase
 * base class with the checks of an FT initial mobility domain association and of an FT roam.
 */

#include "wlc-mobility-test-fixture.h"

#include "ns3/csma-net-device.h"
#include "ns3/eap-method-profile.h"
#include "ns3/error-model.h"
#include "ns3/ft-crypto.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-fast-transition.h"
#include "ns3/wpa-crypto.h"

#include <optional>

namespace ns3
{
namespace wlctest
{

// IEEE 802.11-2020 element IDs (Table 9-92), FTE subelement IDs (9.4.2.46), AKM suite types
// 00-0F-AC:n (Table 9-151), and the MobileFtKeyUpdate's layout (mobility-message.h)
constexpr uint8_t RSNE_ID = 48;                 //!< RSN element
constexpr uint8_t MDE_ID = 54;                  //!< Mobility Domain element
constexpr uint8_t FTE_ID = 55;                  //!< Fast BSS Transition element
constexpr uint8_t SUB_R1KH = 1;                 //!< FTE subelement R1KH-ID
constexpr uint8_t SUB_GTK = 2;                  //!< FTE subelement GTK
constexpr uint8_t SUB_R0KH = 3;                 //!< FTE subelement R0KH-ID
constexpr std::size_t FTE_ANONCE = 20;          //!< ANonce in an FTE (after MIC Control, MIC)
constexpr std::size_t FTE_SNONCE = 52;          //!< SNonce in an FTE
constexpr std::size_t FTE_SUBELEMENTS = 84;     //!< the FTE's subelements
constexpr uint16_t MDID = 0xb2a1;               //!< the WLAN's MDID (Wlan::mobilityDomain)
constexpr uint8_t AKM_FT_8021X = 3;             //!< FT-802.1X
constexpr uint8_t AKM_FT_PSK = 4;               //!< FT-PSK
constexpr uint8_t FT_KEY_UPDATE = 14;           //!< MobileFtKeyUpdate's type
constexpr std::size_t FT_KEY_UPDATE_SIZE = 176; //!< its size
constexpr std::size_t MOBILE_MAC_AT = 32;       //!< the mobile MAC in it
constexpr std::size_t PMKR0NAME_AT = 104;       //!< the PMKR0Name in it

/// One frame the client's radio sent or received (retransmissions left out).
struct AirFrame
{
    Time time;                 //!< when (sent: start, received: end of the PPDU)
    bool sent{false};          //!< sent by the client (else received)
    std::string kind;          //!< Auth, Assoc, AssocResp, Reassoc, ReassocResp, Disassoc, Key, EAP
    Mac48Address peer;         //!< the AP
    std::vector<uint8_t> body; //!< management frame body, or the EAPOL frame
};

/// \param bytes a body \param at an offset \return the little-endian 16-bit field there
inline uint16_t
Le16(const std::vector<uint8_t>& bytes, std::size_t at)
{
    return at + 2 <= bytes.size() ? bytes[at] | bytes[at + 1] << 8 : 0xffff;
}

/// \param bytes bytes \param at an offset \param n a size \return bytes [at, at + n), or fewer
inline std::vector<uint8_t>
Slice(const std::vector<uint8_t>& bytes, std::size_t at, std::size_t n)
{
    at = std::min(at, bytes.size());
    return std::vector<uint8_t>(bytes.begin() + at, bytes.begin() + std::min(at + n, bytes.size()));
}

/**
 * \param body elements after fixed fields (or an FTE with its subelements)
 * \param fixed where the elements start \param id an element ID
 * \return the first element with that ID, header included (empty if none)
 */
inline std::vector<uint8_t>
FindElement(const std::vector<uint8_t>& body, std::size_t fixed, uint8_t id)
{
    for (std::size_t i = fixed; i + 2 <= body.size() && i + 2 + body[i + 1] <= body.size();
         i += 2 + body[i + 1])
    {
        if (body[i] == id)
        {
            return Slice(body, i, 2 + body[i + 1]);
        }
    }
    return {};
}

/// \param fte an FTE \param id a subelement ID \return the subelement's data (empty if none)
inline std::vector<uint8_t>
FteSubelement(const std::vector<uint8_t>& fte, uint8_t id)
{
    std::vector<uint8_t> sub = FindElement(fte, FTE_SUBELEMENTS, id);
    return Slice(sub, 2, sub.size());
}

/**
 * An RSNE written from IEEE 802.11-2020 9.4.2.24: version 1, group and pairwise CCMP, one AKM
 * 00-0F-AC:akm, capabilities 0, then the PMKIDs if any.
 * \param akm the AKM suite type \param pmkids the PMKIDs
 * \return its bytes
 */
inline std::vector<uint8_t>
ExpectedRsne(uint8_t akm, const std::vector<std::vector<uint8_t>>& pmkids = {})
{
    std::vector<uint8_t> rsne = HexBytes("3000 0100 000fac04 0100 000fac04 0100 000fac00 0000");
    rsne[19] = akm;
    if (!pmkids.empty())
    {
        rsne.push_back(static_cast<uint8_t>(pmkids.size()));
        rsne.push_back(0);
        for (const auto& pmkid : pmkids)
        {
            rsne.insert(rsne.end(), pmkid.begin(), pmkid.end());
        }
    }
    rsne[1] = static_cast<uint8_t>(rsne.size() - 2);
    return rsne;
}

/// \param ap an AP of the scenario \return the BSSID of its radio
inline Mac48Address
RadioBssid(Ptr<CapwapWtp> ap)
{
    Ptr<Node> node = ap->GetNode();
    for (uint32_t i = 0; i < node->GetNDevices(); ++i)
    {
        if (Ptr<WifiNetDevice> wifi = DynamicCast<WifiNetDevice>(node->GetDevice(i)))
        {
            return Mac48Address::ConvertFrom(wifi->GetAddress());
        }
    }
    return Mac48Address();
}

/// A receive error model that drops every mobility message of one type (UDP to port 16666).
class MobilityTypeDropper : public ErrorModel
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId()
    {
        static TypeId tid =
            TypeId("ns3::wlctest::MobilityTypeDropper").SetParent<ErrorModel>().SetGroupName("Wlc");
        return tid;
    }

    /// \param type the message type to drop
    void SetType(uint8_t type)
    {
        m_type = type;
    }

    /// \return how many messages were dropped
    uint32_t GetDropped() const
    {
        return m_dropped;
    }

  private:
    bool DoCorrupt(Ptr<Packet> packet) override
    {
        bool drop = IsMobilityMessage(m_type)(ParseWireFrame(Bytes(packet)));
        m_dropped += drop;
        return drop;
    }

    void DoReset() override
    {
    }

    uint8_t m_type{0};     //!< the message type to drop
    uint32_t m_dropped{0}; //!< how many were dropped
};

/// What FtRecorder recorded of one run, as plain data.
struct FtRecords
{
    std::vector<AirFrame> frames;                                      //!< the client's frames
    std::vector<std::tuple<Time, Mac48Address, Time>> ftCompleted;     //!< FtCompleted
    std::vector<std::tuple<Time, Mac48Address, std::string>> ftFailed; //!< FtFailed
    std::vector<Time> handshakes;                                      //!< HandshakeCompleted
    std::vector<Time> portOpened;                                      //!< port authorized
    std::vector<std::string> answers;             //!< per controller: "Auth(AP002,0) ..."
    std::vector<Mac48Address> bssids;             //!< the APs' BSSIDs
    std::vector<std::vector<uint8_t>> keysAtWalk; //!< each controller's PMKR0Name for the client
    uint64_t radiusAtWalk{0};                     //!< Access-Requests before the walk
    uint64_t radiusAtEnd{0};                      //!< Access-Requests at the end
    uint32_t keyUpdatesDropped{0};                //!< MobileFtKeyUpdates WLC2 lost
};

/**
 * Records what the FT tests look at, next to RunMobilityScenario's records: the client's frames
 * on the air (from its radio's monitor traces), its supplicant's traces and port, the
 * controllers' FT answers (WlcFastTransition's traces), and the RADIUS requests and each
 * controller's PMK-R0 for the client when the client starts walking.
 */
class FtRecorder
{
  public:
    /// \param config the scenario \param dropFtKeyUpdates WLC2 loses every MobileFtKeyUpdate
    explicit FtRecorder(const RoamingScenario::Config& config, bool dropFtKeyUpdates = false)
    {
        m_records.answers.resize(config.controllers);
        m_records.keysAtWalk.resize(config.controllers);
        if (dropFtKeyUpdates)
        {
            m_dropper = CreateObject<MobilityTypeDropper>();
            m_dropper->SetType(FT_KEY_UPDATE);
        }
    }

    /// \param extra more set-up, after the recorder's \return options for RunMobilityScenario
    MobilityRunOptions Options(std::function<void(RoamingScenario&)> extra = {})
    {
        MobilityRunOptions options;
        options.routerVlans = {80}; // WLC1's management VLAN: its mobility messages
        options.setup = [this, extra](RoamingScenario& scenario) {
            Attach(scenario);
            if (extra)
            {
                extra(scenario);
            }
        };
        options.finish = [this](RoamingScenario& scenario) {
            Ptr<RadiusServer> radius = scenario.GetRadiusServer();
            m_records.radiusAtEnd = radius ? radius->GetRequestCount() : 0;
            m_records.keyUpdatesDropped = m_dropper ? m_dropper->GetDropped() : 0;
        };
        return options;
    }

    /// \return what was recorded
    const FtRecords& Records() const
    {
        return m_records;
    }

  private:
    /// \param scenario the built scenario: connect everything
    void Attach(RoamingScenario& scenario)
    {
        FtRecords& rec = m_records;
        m_client = scenario.GetClientMac(0);
        Ptr<Node> node = scenario.GetClient(0);
        for (uint32_t i = 0; i < node->GetNDevices(); ++i)
        {
            if (Ptr<WifiNetDevice> wifi = DynamicCast<WifiNetDevice>(node->GetDevice(i)))
            {
                wifi->GetPhy()->TraceConnectWithoutContext(
                    "MonitorSnifferTx",
                    Callback<void, Ptr<const Packet>, uint16_t, WifiTxVector, MpduInfo, uint16_t>(
                        [this](Ptr<const Packet> p, uint16_t, WifiTxVector, MpduInfo, uint16_t) {
                            Keep(Bytes(p), true);
                        }));
                wifi->GetPhy()->TraceConnectWithoutContext(
                    "MonitorSnifferRx",
                    Callback<void,
                             Ptr<const Packet>,
                             uint16_t,
                             WifiTxVector,
                             MpduInfo,
                             SignalNoiseDbm,
                             uint16_t>([this](Ptr<const Packet> p,
                                              uint16_t,
                                              WifiTxVector,
                                              MpduInfo,
                                              SignalNoiseDbm,
                                              uint16_t) { Keep(Bytes(p), false); }));
            }
        }
        Ptr<WpaSupplicant> supplicant = scenario.GetSupplicant(0);
        supplicant->TraceConnectWithoutContext(
            "FtCompleted",
            Callback<void, Mac48Address, Time>([&rec](Mac48Address bssid, Time duration) {
                rec.ftCompleted.emplace_back(Simulator::Now(), bssid, duration);
            }));
        supplicant->TraceConnectWithoutContext(
            "FtFailed",
            Callback<void, Mac48Address, const std::string&>(
                [&rec](Mac48Address bssid, const std::string& why) {
                    rec.ftFailed.emplace_back(Simulator::Now(), bssid, why);
                }));
        supplicant->TraceConnectWithoutContext(
            "HandshakeCompleted",
            Callback<void, Mac48Address, Time>(
                [&rec](Mac48Address, Time) { rec.handshakes.push_back(Simulator::Now()); }));
        supplicant->GetPort()->TraceConnectWithoutContext("PortAuthorized",
                                                          Callback<void, bool>([&rec](bool on) {
                                                              if (on)
                                                              {
                                                                  rec.portOpened.push_back(
                                                                      Simulator::Now());
                                                              }
                                                          }));
        for (uint32_t i = 0; i < scenario.GetNAps(); ++i)
        {
            rec.bssids.push_back(RadioBssid(scenario.GetWtp(i)));
        }
        for (uint32_t k = 0; k < rec.answers.size(); ++k)
        {
            Ptr<WlcFastTransition> ft = scenario.GetController(k)->GetFastTransition();
            for (std::string name : {"Auth", "Reassoc"})
            {
                ft->TraceConnectWithoutContext(
                    name == "Auth" ? "Authentication" : "Reassociation",
                    Callback<void, Mac48Address, Mac48Address, uint16_t>(
                        [this, k, name](Mac48Address client, Mac48Address bssid, uint16_t status) {
                            const std::vector<Mac48Address>& aps = m_records.bssids;
                            std::size_t ap = std::find(aps.begin(), aps.end(), bssid) - aps.begin();
                            m_records.answers[k] += (client == m_client ? name : "Other") +
                                                    "(AP00" + std::to_string(ap + 1) + "," +
                                                    std::to_string(status) + ") ";
                        }));
            }
            Simulator::Schedule(scenario.GetWalkStart(), [this, ft, k]() {
                const WlcFastTransition::Keys* keys = ft->GetKeys(m_client);
                m_records.keysAtWalk[k] = keys ? keys->pmkR0Name : std::vector<uint8_t>();
            });
        }
        if (Ptr<RadiusServer> radius = scenario.GetRadiusServer())
        {
            Simulator::Schedule(scenario.GetWalkStart(),
                                [&rec, radius]() { rec.radiusAtWalk = radius->GetRequestCount(); });
        }
        if (m_dropper)
        {
            DynamicCast<CsmaNetDevice>(scenario.GetController(1)->GetInterface("management")->port)
                ->SetReceiveErrorModel(m_dropper);
        }
    }

    /**
     * Keep a frame of the client's (an MPDU with its FCS) if it is one the tests look at.
     * \param bytes the frame \param sent its direction
     */
    void Keep(const std::vector<uint8_t>& bytes, bool sent)
    {
        static const std::map<uint8_t, std::string> management = {{0, "Assoc"},
                                                                  {1, "AssocResp"},
                                                                  {2, "Reassoc"},
                                                                  {3, "ReassocResp"},
                                                                  {10, "Disassoc"},
                                                                  {11, "Auth"}};
        static const std::vector<uint8_t> eapolSnap = HexBytes("aaaa03000000888e");
        if (bytes.size() < 24 + 4)
        {
            return;
        }
        Mac48Address receiver;
        Mac48Address transmitter;
        receiver.CopyFrom(&bytes[4]);
        transmitter.CopyFrom(&bytes[10]);
        if ((sent ? transmitter : receiver) != m_client)
        {
            return;
        }
        // a retransmission (Retry bit) repeats the Sequence Control of the last frame that way
        std::optional<uint16_t>& last = sent ? m_lastSent : m_lastReceived;
        if ((bytes[1] & 0x08) && last == Le16(bytes, 22))
        {
            return;
        }
        last = Le16(bytes, 22);
        AirFrame frame{Simulator::Now(), sent, "", sent ? receiver : transmitter, {}};
        uint8_t type = (bytes[0] >> 2) & 0x03;
        uint8_t subtype = bytes[0] >> 4;
        std::size_t header = 24 + (type == 2 && (subtype & 0x08) ? 2 : 0); // QoS Control
        if (type == 0 && management.count(subtype))
        {
            frame.kind = management.at(subtype);
        }
        else if (type == 2 && Slice(bytes, header, 8) == eapolSnap && bytes.size() > header + 14)
        {
            header += 8;
            frame.kind = bytes[header + 1] == 3 ? "Key" : "EAP"; // EAPOL packet type 3: Key
        }
        else
        {
            return;
        }
        frame.body.assign(bytes.begin() + header, bytes.end() - 4);
        m_records.frames.push_back(frame);
    }

    FtRecords m_records;                    //!< what was recorded
    Ptr<MobilityTypeDropper> m_dropper;     //!< on WLC2's management port, if any
    Mac48Address m_client;                  //!< the client
    std::optional<uint16_t> m_lastSent;     //!< Sequence Control of the last frame sent
    std::optional<uint16_t> m_lastReceived; //!< and of the last frame received
};

/**
 * \param frames frames \param from window start \param to window end
 * \return their tokens: direction (T sent, R received), kind, and the algorithm, sequence and
 *         status of an Authentication or the status of a response
 */
inline std::string
FrameSequence(const std::vector<AirFrame>& frames, Time from, Time to = Time::Max())
{
    std::ostringstream os;
    for (const AirFrame& f : frames)
    {
        if (f.time < from || f.time >= to)
        {
            continue;
        }
        os << (f.sent ? "T:" : "R:") << f.kind;
        if (f.kind == "Auth")
        {
            os << "(" << Le16(f.body, 0) << "," << Le16(f.body, 2) << "," << Le16(f.body, 4) << ")";
        }
        else if (f.kind == "AssocResp" || f.kind == "ReassocResp")
        {
            os << "(" << Le16(f.body, 2) << ")";
        }
        os << " ";
    }
    return os.str();
}

/**
 * \param frames frames \param from window start
 * \return "Key(d,v) " for each EAPOL-Key frame from then on: its Descriptor Type (2: RSN) and
 *         the Key Descriptor Version of its Key Information (IEEE 802.11-2020 12.7.2)
 */
inline std::string
KeyVersions(const std::vector<AirFrame>& frames, Time from)
{
    std::string text;
    for (const AirFrame& f : frames)
    {
        if (f.kind == "Key" && f.time >= from && f.body.size() > 6)
        {
            text += "Key(" + std::to_string(f.body[4]) + "," + std::to_string(f.body[6] & 7) + ") ";
        }
    }
    return text;
}

/**
 * \param frames frames \param kind a kind \param sent the direction \param from a time
 * \return the first such frame at or after that time (nullptr if none)
 */
inline const AirFrame*
FindFrame(const std::vector<AirFrame>& frames,
          const std::string& kind,
          bool sent,
          Time from = Time())
{
    for (const AirFrame& f : frames)
    {
        if (f.kind == kind && f.sent == sent && f.time >= from)
        {
            return &f;
        }
    }
    return nullptr;
}

/**
 * The scenario of the FT tests: enterprise-roaming clients, AP001 on channel 36 and AP002 on
 * 44, 40 m apart, the client arriving at AP001 once both APs are up.
 * \param controllers 1 (AP001 and AP002 of WLC1) or 2 (the reference Layer 3 roam)
 * \param method a RoamingScenario::SetSecurityMethod name
 * \return the configuration
 */
inline RoamingScenario::Config
FtConfig(uint32_t controllers, const std::string& method)
{
    RoamingScenario::Config config = InterControllerConfig(controllers);
    config.apsPerController = controllers == 1 ? 2 : 1;
    config.apChannels = {36, 44};
    config.apSpacing = 40;
    config.roamingClients = true;
    config.clientsArriveAt = Seconds(12);
    RoamingScenario::SetSecurityMethod(method, config);
    return config;
}

/// \return the EAP frames of a full authentication (Identity, the method's rounds, Success)
inline std::string
FullEap()
{
    std::string text;
    for (std::size_t i = 0; i <= EapMethodProfile::PeapMsChapV2().requestSizes.size(); ++i)
    {
        text += "R:EAP T:EAP ";
    }
    return text + "R:EAP ";
}

/// The checks of the FT system tests.
class FtTestCase : public MobilityTestCase
{
  public:
    /// \param name the test case's name
    explicit FtTestCase(const std::string& name)
        : MobilityTestCase(name)
    {
    }

  protected:
    /// \param actual bytes \param expected bytes \param what the context
    void ExpectBytes(const std::vector<uint8_t>& actual,
                     const std::vector<uint8_t>& expected,
                     const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(HexString(actual), HexString(expected), what);
    }

    /**
     * The FT initial mobility domain association at AP001: the Association Request's RSNE (FT
     * AKM, no PMKID) and MDE, the response's MDE and FTE naming WLC1 and AP001 as key holders,
     * the EAPOL frames before the walk, all EAPOL-Key frames of descriptor version 3 (AES-128-
     * CMAC), and message 2 carrying the RSNE with the PMKR1Name for AP001.
     * \param rec the records \param r the run \param akm the FT AKM
     * \param eapol the EAPOL frames expected \param pmkR0Name the client's PMKR0Name
     */
    void ExpectInitialAssociation(const FtRecords& rec,
                                  const MobilityRunResult& r,
                                  uint8_t akm,
                                  const std::string& eapol,
                                  const std::vector<uint8_t>& pmkR0Name)
    {
        const AirFrame* request = FindFrame(rec.frames, "Assoc", true);
        const AirFrame* response = FindFrame(rec.frames, "AssocResp", false);
        WLC_REQUIRE_EQ((request && response && request->peer == rec.bssids.at(0)),
                       true,
                       "an association with AP001");
        ExpectBytes(FindElement(request->body, 4, RSNE_ID), ExpectedRsne(akm), "request: RSNE");
        ExpectBytes(FindElement(request->body, 4, MDE_ID),
                    HexBytes("3603a1b200"),
                    "request: MDE with the WLAN's MDID (0xb2a1), FT over the air only");
        NS_TEST_EXPECT_MSG_EQ(FindElement(request->body, 4, FTE_ID).size(), 0u, "request: no FTE");
        NS_TEST_EXPECT_MSG_EQ(Le16(response->body, 2), 0, "the association succeeded");
        ExpectBytes(FindElement(response->body, 6, MDE_ID),
                    FindElement(request->body, 4, MDE_ID),
                    "response: the MDE");
        std::vector<uint8_t> fte = FindElement(response->body, 6, FTE_ID);
        ExpectBytes(FteSubelement(fte, SUB_R1KH), MacBytes(rec.bssids[0]), "R1KH-ID: AP001");
        ExpectBytes(FteSubelement(fte, SUB_R0KH), TextBytes("WLC1"), "R0KH-ID: WLC1");
        NS_TEST_EXPECT_MSG_EQ(
            FrameSequence(rec.frames, response->time + NanoSeconds(1), r.walkStart),
            eapol,
            "EAPOL frames of the first association");
        NS_TEST_EXPECT_MSG_EQ(KeyVersions(rec.frames, response->time),
                              "Key(2,3) Key(2,3) Key(2,3) Key(2,3) ",
                              "RSN EAPOL-Key frames of descriptor version 3, no others");
        const AirFrame* message2 = FindFrame(rec.frames, "Key", true);
        WLC_REQUIRE_NE(message2, nullptr, "message 2");
        std::vector<uint8_t> pmkR1Name = FtCrypto::PmkR1Name(pmkR0Name, rec.bssids[0], r.client);
        NS_TEST_EXPECT_MSG_EQ(
            Contains(message2->body, ExpectedRsne(akm, {pmkR1Name})),
            true,
            "message 2 has the RSNE with AP001's PMKR1Name: " << HexString(message2->body));
    }

    /**
     * The FT roam AP001 -> AP002 on the air, frame by frame: FT Authentication sequence 1
     * (RSNE with the PMKR0Name, MDE, FTE with SNonce and R0KH-ID) and 2 (status 0, RSNE with
     * the PMKR0Name again, ANonce, the SNonce echoed, R1KH-ID), Reassociation Request (Current
     * AP AP001, RSNE with AP002's PMKR1Name, MDE, FTE with a MIC over 3 elements and both
     * nonces) and Response (status 0, the same elements, the GTK subelement), and nothing else:
     * no EAPOL frame.
     * \param rec the records \param r the run \param akm the FT AKM
     * \param pmkR0Name the client's PMKR0Name (its R0KH is WLC1)
     */
    void ExpectFtRoamFrames(const FtRecords& rec,
                            const MobilityRunResult& r,
                            uint8_t akm,
                            const std::vector<uint8_t>& pmkR0Name)
    {
        const Time left = r.roams.at(0).time;
        const Mac48Address to = rec.bssids.at(1);
        NS_TEST_EXPECT_MSG_EQ(FrameSequence(rec.frames, left),
                              "T:Auth(2,1,0) R:Auth(2,2,0) T:Reassoc R:ReassocResp(0) ",
                              "the roam's frames, to the end of the run");
        const AirFrame* auth1 = FindFrame(rec.frames, "Auth", true, left);
        const AirFrame* auth2 = FindFrame(rec.frames, "Auth", false, left);
        const AirFrame* reassoc = FindFrame(rec.frames, "Reassoc", true, left);
        const AirFrame* response = FindFrame(rec.frames, "ReassocResp", false, left);
        WLC_REQUIRE_EQ((auth1 && auth2 && reassoc && response), true, "all four frames");
        NS_TEST_EXPECT_MSG_EQ((auth1->peer == to && auth2->peer == to && reassoc->peer == to),
                              true,
                              "every frame with AP002");
        std::vector<uint8_t> mde =
            FindElement(FindFrame(rec.frames, "Assoc", true)->body, 4, MDE_ID);
        std::vector<uint8_t> pmkR1Name = FtCrypto::PmkR1Name(pmkR0Name, to, r.client);
        ExpectBytes(FindElement(auth1->body, 6, RSNE_ID),
                    ExpectedRsne(akm, {pmkR0Name}),
                    "seq 1 RSNE");
        ExpectBytes(FindElement(auth1->body, 6, MDE_ID), mde, "seq 1 MDE");
        std::vector<uint8_t> fte1 = FindElement(auth1->body, 6, FTE_ID);
        ExpectBytes(FteSubelement(fte1, SUB_R0KH), TextBytes("WLC1"), "seq 1 FTE R0KH-ID");
        std::vector<uint8_t> snonce = Slice(fte1, FTE_SNONCE, 32);
        ExpectBytes(FindElement(auth2->body, 6, RSNE_ID),
                    ExpectedRsne(akm, {pmkR0Name}),
                    "seq 2 RSNE: the request's PMKR0Name repeated (IEEE 802.11-2020 13.8.3)");
        ExpectBytes(FindElement(auth2->body, 6, MDE_ID), mde, "seq 2 MDE");
        std::vector<uint8_t> fte2 = FindElement(auth2->body, 6, FTE_ID);
        std::vector<uint8_t> nonces = Slice(fte2, FTE_ANONCE, 64);
        ExpectBytes(Slice(nonces, 32, 32), snonce, "seq 2 FTE: the SNonce echoed");
        NS_TEST_EXPECT_MSG_EQ((snonce.size() == 32 && Slice(nonces, 0, 32) != snonce &&
                               Slice(nonces, 0, 32) != std::vector<uint8_t>(32, 0)),
                              true,
                              "seq 2 FTE: an ANonce of the AP's");
        ExpectBytes(FteSubelement(fte2, SUB_R1KH), MacBytes(to), "seq 2 FTE R1KH-ID");
        ExpectBytes(FteSubelement(fte2, SUB_R0KH), TextBytes("WLC1"), "seq 2 FTE R0KH-ID");
        ExpectBytes(Slice(reassoc->body, 4, 6), MacBytes(rec.bssids[0]), "Current AP Address");
        for (const auto& [frame, fixed] : {std::pair(reassoc, 10), std::pair(response, 6)})
        {
            std::string what = frame == reassoc ? "Reassociation Request " : "Response ";
            ExpectBytes(FindElement(frame->body, fixed, RSNE_ID),
                        ExpectedRsne(akm, {pmkR1Name}),
                        what + "RSNE");
            ExpectBytes(FindElement(frame->body, fixed, MDE_ID), mde, what + "MDE");
            std::vector<uint8_t> fte = FindElement(frame->body, fixed, FTE_ID);
            NS_TEST_EXPECT_MSG_EQ(Le16(fte, 2), 0x0300, what + "MIC Control: Element Count 3");
            NS_TEST_EXPECT_MSG_EQ((Slice(fte, 4, 16) != std::vector<uint8_t>(16, 0)),
                                  true,
                                  what + "a MIC");
            ExpectBytes(Slice(fte, FTE_ANONCE, 64), nonces, what + "FTE: the nonces");
        }
        NS_TEST_EXPECT_MSG_EQ(Le16(response->body, 2), 0, "Reassociation Response: status 0");
        std::vector<uint8_t> gtk = FteSubelement(FindElement(response->body, 6, FTE_ID), SUB_GTK);
        NS_TEST_EXPECT_MSG_EQ(gtk.size(), 35u, "a GTK subelement: 11 octets, the wrapped GTK");
    }

    /**
     * The FT roam's outcome at the client: FtCompleted once with AP002 and no FtFailed, no
     * 4-way handshake after the first, the port opened with the Reassociation Response, and
     * the roam monitor's record (keyMethod "ft", ftMs the FtCompleted duration).
     * \param rec the records \param r the run
     */
    void ExpectFtRoamResult(const FtRecords& rec, const MobilityRunResult& r)
    {
        const RoamRecord& roam = r.roams.at(0);
        WLC_REQUIRE_EQ(rec.ftCompleted.size(), 1u, "FtCompleted once");
        NS_TEST_EXPECT_MSG_EQ(std::get<1>(rec.ftCompleted[0]), rec.bssids.at(1), "with AP002");
        NS_TEST_EXPECT_MSG_EQ(rec.ftFailed.size(), 0u, "no FtFailed");
        NS_TEST_EXPECT_MSG_EQ(rec.handshakes.size(), 1u, "one 4-way handshake: the first");
        NS_TEST_EXPECT_MSG_EQ(roam.keyMethod, "ft", "the roam monitor saw an FT roam");
        NS_TEST_EXPECT_MSG_GT(roam.ftMs, 0.0, "FT Authentication to keys takes time");
        NS_TEST_EXPECT_MSG_EQ_TOL(roam.ftMs,
                                  std::get<2>(rec.ftCompleted[0]).GetSeconds() * 1000,
                                  1e-9,
                                  "ftMs is the FtCompleted duration");
        NS_TEST_EXPECT_MSG_EQ((roam.fourWayMs < 0 && roam.eapMs < 0), true, "no 4-way, no EAP");
        const AirFrame* response = FindFrame(rec.frames, "ReassocResp", false, roam.time);
        WLC_REQUIRE_NE(response, nullptr, "a Reassociation Response");
        WLC_REQUIRE_EQ(rec.portOpened.size(), 2u, "the port opened twice");
        NS_TEST_EXPECT_MSG_EQ((rec.portOpened[1] >= response->time &&
                               rec.portOpened[1] - response->time < MicroSeconds(100)),
                              true,
                              "the port opened with the Reassociation Response");
        NS_TEST_EXPECT_MSG_EQ_TOL(roam.authMs, 0.0, 0.1, "no key exchange after the association");
    }
};

/**
 * \param config the scenario \param client the client's MAC
 * \return the PMK-R0 of an FT-PSK client whose R0KH is WLC1, derived here from the passphrase
 */
inline FtCrypto::PmkR0
PskPmkR0(const RoamingScenario::Config& config, Mac48Address client)
{
    std::vector<uint8_t> psk;
    std::string why;
    WpaCrypto::PmkFromPassphrase(config.passphrase, config.ssid, psk, why);
    FtCrypto::PmkR0 r0;
    FtCrypto::DerivePmkR0(psk, config.ssid, MDID, TextBytes("WLC1"), client, r0, why);
    return r0;
}

} // namespace wlctest
} // namespace ns3

#endif /* WLC_FT_TEST_FIXTURE_H */
