/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * The client side of roaming, with ns-3 APs and no controller: a station finds an AP on
 * another channel, roams on RSSI before it loses its AP (Disassociation to the old AP,
 * Reassociation Request to the new one, checked on the frames), does not roam without a
 * better AP, and with Trigger=MissedBeacons leaves only after beacon loss. Then the same client
 * between two controllers.
 */

#include "wlc-test-util.h"

#include "ns3/constant-velocity-mobility-model.h"
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/mobility-helper.h"
#include "ns3/node-container.h"
#include "ns3/roam-monitor.h"
#include "ns3/roaming-helper.h"
#include "ns3/roaming-scenario.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy-state-helper.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-assoc-manager.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wlc-sta-wifi-mac.h"
#include "ns3/yans-wifi-helper.h"

#include <set>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// One frame seen on the air.
struct AirFrame
{
    Time time;                 //!< when it was received
    uint8_t fc;                //!< frame control byte 0 (type and subtype)
    Mac48Address addr1;        //!< receiver
    Mac48Address addr2;        //!< transmitter
    std::vector<uint8_t> body; //!< frame body (after the 24-byte header, without FCS)
};

/// Frame control byte 0 of the management frames checked here.
constexpr uint8_t FC_ASSOC_REQUEST = 0x00;
constexpr uint8_t FC_REASSOC_REQUEST = 0x20;  //!< see FC_ASSOC_REQUEST
constexpr uint8_t FC_REASSOC_RESPONSE = 0x30; //!< see FC_ASSOC_REQUEST
constexpr uint8_t FC_PROBE_REQUEST = 0x40;    //!< see FC_ASSOC_REQUEST
constexpr uint8_t FC_DISASSOCIATION = 0xa0;   //!< see FC_ASSOC_REQUEST

/**
 * A few APs of one ESS (plain ns-3 APs) and one roaming station, 802.11a with log-distance
 * loss (exponent 3): the cell edge is about 51 m, -70 dBm is reached at about 20 m.
 */
class RoamingBed
{
  public:
    /**
     * \param apX AP positions on the x axis (m) \param apChannels their channels
     */
    RoamingBed(const std::vector<double>& apX, const std::vector<uint16_t>& apChannels)
        : m_apX(apX),
          m_apChannels(apChannels)
    {
    }

    /**
     * Build the network.
     * \param startX the station's start \param speed its speed along x (m/s)
     * \param staChannel the channel its PHY starts on
     * \param roaming the roaming helper (attributes set by the test)
     */
    void Build(double startX, double speed, uint16_t staChannel, RoamingHelper& roaming)
    {
        YansWifiChannelHelper channel;
        channel.SetPropagationDelay("ns3::ConstantSpeedPropagationDelayModel");
        channel.AddPropagationLoss("ns3::LogDistancePropagationLossModel",
                                   "Exponent",
                                   DoubleValue(3.0));
        Ptr<YansWifiChannel> air = channel.Create();
        WifiHelper wifi;
        wifi.SetStandard(WIFI_STANDARD_80211a);
        Ssid ssid("roam");
        m_aps.Create(m_apX.size());
        m_sta.Create(1);
        for (std::size_t i = 0; i < m_apX.size(); ++i)
        {
            YansWifiPhyHelper phy;
            phy.SetChannel(air);
            phy.Set("ChannelSettings", StringValue(Settings(m_apChannels[i])));
            WifiMacHelper mac;
            mac.SetType("ns3::ApWifiMac", "Ssid", SsidValue(ssid));
            m_apDevices.push_back(
                DynamicCast<WifiNetDevice>(wifi.Install(phy, mac, m_aps.Get(i)).Get(0)));
        }
        YansWifiPhyHelper phy;
        phy.SetChannel(air);
        phy.Set("ChannelSettings", StringValue(Settings(staChannel)));
        WifiMacHelper mac;
        RoamingHelper::ConfigureStationMac(mac, ssid);
        m_staDevice = DynamicCast<WifiNetDevice>(wifi.Install(phy, mac, m_sta.Get(0)).Get(0));
        m_manager = roaming.Install(m_staDevice);

        MobilityHelper mobility;
        mobility.SetMobilityModel("ns3::ConstantPositionMobilityModel");
        mobility.Install(m_aps);
        for (std::size_t i = 0; i < m_apX.size(); ++i)
        {
            m_aps.Get(i)->GetObject<MobilityModel>()->SetPosition(Vector(m_apX[i], 0, 0));
        }
        mobility.SetMobilityModel("ns3::ConstantVelocityMobilityModel");
        mobility.Install(m_sta);
        auto walk = m_sta.Get(0)->GetObject<ConstantVelocityMobilityModel>();
        walk->SetPosition(Vector(startX, 1, 0));
        walk->SetVelocity(Vector(speed, 0, 0));

        Ptr<WifiMac> staMac = m_staDevice->GetMac();
        staMac->TraceConnectWithoutContext("Assoc", MakeCallback(&RoamingBed::Assoc, this));
        staMac->TraceConnectWithoutContext("DeAssoc", MakeCallback(&RoamingBed::DeAssoc, this));
        m_manager->TraceConnectWithoutContext("RoamTriggered",
                                              MakeCallback(&RoamingBed::Triggered, this));
        m_manager->TraceConnectWithoutContext("RoamStarted",
                                              MakeCallback(&RoamingBed::Started, this));
        m_manager->TraceConnectWithoutContext("Roamed", MakeCallback(&RoamingBed::Roamed, this));
        m_manager->GetAssocManager()->TraceConnectWithoutContext(
            "ChannelDwell",
            MakeCallback(&RoamingBed::Dwell, this));
        for (const auto& ap : m_apDevices)
        {
            ap->GetPhy()->TraceConnectWithoutContext("MonitorSnifferRx",
                                                     MakeCallback(&RoamingBed::ApRx, this));
            ap->GetMac()->TraceConnectWithoutContext("DeAssociatedSta",
                                                     MakeCallback(&RoamingBed::ApDeAssoc, this));
        }
        m_staDevice->GetPhy()->TraceConnectWithoutContext("MonitorSnifferRx",
                                                          MakeCallback(&RoamingBed::StaRx, this));
    }

    /**
     * \param channel a channel number
     * \return the PHY's ChannelSettings for it
     */
    static std::string Settings(uint16_t channel)
    {
        return "{" + std::to_string(channel) + ", 0, BAND_5GHZ, 0}";
    }

    /**
     * Run the simulation, note the station's final channel and destroy the simulation.
     * \param stop when to stop
     */
    void Run(Time stop)
    {
        for (const auto& ap : m_apDevices)
        {
            m_bssids.push_back(ap->GetMac()->GetAddress());
        }
        m_station = m_staDevice->GetMac()->GetAddress();
        Simulator::Stop(stop);
        Simulator::Run();
        m_finalChannel = m_staDevice->GetPhy()->GetChannelNumber();
        Simulator::Destroy();
    }

    /// \param i an AP index \return its BSSID
    Mac48Address Bssid(std::size_t i) const
    {
        return m_bssids.at(i);
    }

    /// \return the station's address
    Mac48Address Station() const
    {
        return m_station;
    }

    /// \return the station's device (after Build())
    Ptr<WifiNetDevice> StationDevice() const
    {
        return m_staDevice;
    }

    /// \return the station's roaming manager (after Build())
    Ptr<RoamingManager> Manager() const
    {
        return m_manager;
    }

    /// \return the channel the station's PHY was on at the end
    uint16_t StaChannel() const
    {
        return m_finalChannel;
    }

    /**
     * \param fc a frame control byte \param from its transmitter
     * \return the frames of that kind the APs received from it
     */
    std::vector<AirFrame> ApReceived(uint8_t fc, Mac48Address from) const
    {
        std::vector<AirFrame> out;
        for (const auto& frame : m_apFrames)
        {
            if (frame.fc == fc && frame.addr2 == from)
            {
                out.push_back(frame);
            }
        }
        return out;
    }

    std::vector<std::pair<Time, Mac48Address>> assocs;   //!< station Assoc trace
    std::vector<std::pair<Time, Mac48Address>> deassocs; //!< station DeAssoc trace
    std::vector<std::pair<Time, std::string>> triggers;  //!< RoamTriggered (time, reason)
    std::vector<std::pair<Time, std::pair<double, double>>> starts; //!< RoamStarted RSSIs
    std::vector<std::pair<Mac48Address, Mac48Address>> roams;       //!< Roamed (from, to)
    std::vector<Time> roamGaps;                                     //!< Roamed sinceLeave
    std::vector<Time> roamSinceTrigger;                             //!< Roamed sinceTrigger
    std::vector<RoamingManager::RoamTiming> timings;                //!< Roamed
    std::set<uint16_t> dwellChannels;                               //!< channels scanned
    std::vector<std::pair<Time, Mac48Address>> apDeassocs;          //!< AP DeAssociatedSta
    std::vector<AirFrame> staFrames; //!< management frames the station received
    Ptr<RoamingManager> m_manager;   //!< the station's roaming manager

  private:
    /// \param bssid the AP
    void Assoc(Mac48Address bssid)
    {
        assocs.emplace_back(Simulator::Now(), bssid);
    }

    /// \param bssid the AP
    void DeAssoc(Mac48Address bssid)
    {
        deassocs.emplace_back(Simulator::Now(), bssid);
    }

    /// \param bssid AP \param rssi signal \param reason why
    void Triggered(Mac48Address bssid, double rssi, const std::string& reason)
    {
        triggers.emplace_back(Simulator::Now(), reason);
    }

    /// \param from AP \param to AP \param rssiFrom signal \param rssiTo signal
    void Started(Mac48Address from, Mac48Address to, double rssiFrom, double rssiTo)
    {
        starts.emplace_back(Simulator::Now(), std::make_pair(rssiFrom, rssiTo));
    }

    /// \param timing the roam's phases
    void Roamed(const RoamingManager::RoamTiming& timing)
    {
        roams.emplace_back(timing.from, timing.to);
        roamGaps.push_back(timing.associated - timing.leave);
        roamSinceTrigger.push_back(timing.associated - timing.trigger);
        timings.push_back(timing);
    }

    /// \param channel scanned \param duration dwell
    void Dwell(uint16_t channel, Time duration)
    {
        dwellChannels.insert(channel);
    }

    /// \param aid the station's AID \param station its address
    void ApDeAssoc(uint16_t aid, Mac48Address station)
    {
        apDeassocs.emplace_back(Simulator::Now(), station);
    }

    /**
     * Decode the management frames of a sniffer trace.
     * \param packet the MPDU \param out where to keep it
     */
    static void Keep(Ptr<const Packet> packet, std::vector<AirFrame>& out)
    {
        const uint32_t headerSize = 24;
        const uint32_t fcsSize = 4;
        if (packet->GetSize() < headerSize + fcsSize)
        {
            return;
        }
        std::vector<uint8_t> bytes(packet->GetSize());
        packet->CopyData(bytes.data(), bytes.size());
        if ((bytes[0] & 0x0c) != 0) // management frames only
        {
            return;
        }
        AirFrame frame;
        frame.time = Simulator::Now();
        frame.fc = bytes[0];
        frame.addr1.CopyFrom(&bytes[4]);
        frame.addr2.CopyFrom(&bytes[10]);
        frame.body.assign(bytes.begin() + headerSize, bytes.end() - fcsSize);
        out.push_back(frame);
    }

    /// MonitorSnifferRx of the APs (arguments as the trace's)
    void ApRx(Ptr<const Packet> packet,
              uint16_t freq,
              WifiTxVector txVector,
              MpduInfo mpdu,
              SignalNoiseDbm signalNoise,
              uint16_t staId)
    {
        Keep(packet, m_apFrames);
    }

    /// MonitorSnifferRx of the station (arguments as the trace's)
    void StaRx(Ptr<const Packet> packet,
               uint16_t freq,
               WifiTxVector txVector,
               MpduInfo mpdu,
               SignalNoiseDbm signalNoise,
               uint16_t staId)
    {
        Keep(packet, staFrames);
    }

    std::vector<double> m_apX;                   //!< AP positions
    std::vector<uint16_t> m_apChannels;          //!< AP channels
    NodeContainer m_aps;                         //!< AP nodes
    NodeContainer m_sta;                         //!< station node
    std::vector<Ptr<WifiNetDevice>> m_apDevices; //!< AP devices
    Ptr<WifiNetDevice> m_staDevice;              //!< station device
    std::vector<AirFrame> m_apFrames;            //!< management frames the APs received
    std::vector<Mac48Address> m_bssids;          //!< AP BSSIDs
    Mac48Address m_station;                      //!< station address
    uint16_t m_finalChannel{0};                  //!< station channel at the end
};

/// A station on channel 36 finds the only AP, on channel 44, and associates there.
class OtherChannelTestCase : public TestCase
{
  public:
    OtherChannelTestCase()
        : TestCase("a station scans its channel list and joins an AP on another channel")
    {
    }

  private:
    void DoRun() override
    {
        RoamingBed bed({0.0}, {44});
        RoamingHelper roaming;
        roaming.SetChannels({36, 40, 44, 48});
        bed.Build(5.0, 0.0, 36, roaming);
        bed.Run(Seconds(1));
        WLC_REQUIRE_EQ(bed.assocs.size(), 1u, "the station associated once");
        NS_TEST_EXPECT_MSG_EQ(bed.assocs.front().second, bed.Bssid(0), "joined the AP");
        NS_TEST_EXPECT_MSG_EQ(bed.StaChannel(), 44, "the station moved to the AP's channel");
        NS_TEST_EXPECT_MSG_EQ((bed.dwellChannels == std::set<uint16_t>{36, 40, 44, 48}),
                              true,
                              "every channel of the list was scanned");
        NS_TEST_EXPECT_MSG_LT(bed.assocs.front().first,
                              MilliSeconds(200),
                              "four channels scanned and joined within 200 ms");
        NS_TEST_EXPECT_MSG_GT(bed.ApReceived(FC_PROBE_REQUEST, bed.Station()).size(),
                              0u,
                              "the AP received the station's Probe Request on its channel");
        NS_TEST_EXPECT_MSG_EQ(bed.ApReceived(FC_ASSOC_REQUEST, bed.Station()).size(),
                              1u,
                              "a first association uses an Association Request");
        NS_TEST_EXPECT_MSG_EQ(bed.ApReceived(FC_REASSOC_REQUEST, bed.Station()).size(),
                              0u,
                              "no Reassociation Request without a previous AP");
    }
};

/**
 * A scan restarted (RestartScan(), as RoamingScenario does when a client comes into range) while
 * the PHY switches to the scan's next channel: the scanner waits for the switch to end (ns-3
 * aborts on a channel switch requested during another), starts again from the first channel and
 * joins the AP.
 */
class RestartDuringSwitchTestCase : public TestCase
{
  public:
    RestartDuringSwitchTestCase()
        : TestCase("a scan restarted while the PHY switches channel waits for the switch and "
                   "still joins the AP")
    {
    }

  private:
    void DoRun() override
    {
        RoamingBed bed({0.0}, {44});
        RoamingHelper roaming;
        roaming.SetChannels({36, 40, 44, 48});
        bed.Build(5.0, 0.0, 36, roaming);
        Ptr<WifiPhy> phy = bed.StationDevice()->GetPhy();
        Ptr<WlcAssocManager> scanner = bed.Manager()->GetAssocManager();
        std::vector<Time> restarts;
        bool switchingAtRestart = false;
        phy->GetState()->TraceConnectWithoutContext(
            "State",
            Callback<void, Time, Time, WifiPhyState>([&](Time, Time, WifiPhyState state) {
                if (state != WifiPhyState::SWITCHING || !restarts.empty())
                {
                    return;
                }
                restarts.push_back(Simulator::Now());
                Simulator::ScheduleNow([&]() {
                    switchingAtRestart = phy->IsStateSwitching();
                    if (!scanner->RestartScan())
                    {
                        restarts.clear();
                    }
                });
            }));
        bed.Run(Seconds(1));
        WLC_REQUIRE_EQ(restarts.size(), 1u, "the scan was restarted once, during a switch");
        NS_TEST_EXPECT_MSG_EQ(switchingAtRestart, true, "the PHY was switching at the restart");
        WLC_REQUIRE_EQ(bed.assocs.size(), 1u, "the station associated once");
        NS_TEST_EXPECT_MSG_EQ(bed.assocs.front().second, bed.Bssid(0), "joined the AP");
        NS_TEST_EXPECT_MSG_EQ(bed.StaChannel(), 44, "on the AP's channel");
    }
};

/**
 * Walking from AP1 (channel 36) to AP2 (channel 44, 40 m away), the station roams on RSSI while
 * AP1 is still in range: Disassociation to AP1, Reassociation Request (Current AP = AP1) to
 * AP2, no beacon loss, a short Layer 2 gap.
 */
class RssiRoamTestCase : public TestCase
{
  public:
    RssiRoamTestCase()
        : TestCase("an RSSI-triggered roam happens before beacon loss, with Disassociation and "
                   "Reassociation frames")
    {
    }

  private:
    void DoRun() override
    {
        RoamingBed bed({0.0, 40.0}, {36, 44});
        RoamingHelper roaming;
        roaming.SetChannels({36, 40, 44, 48});
        bed.Build(3.0, 2.0, 36, roaming);
        bed.Run(Seconds(18));
        Mac48Address ap1 = bed.Bssid(0);
        Mac48Address ap2 = bed.Bssid(1);
        WLC_REQUIRE_EQ(bed.assocs.size(), 2u, "associated with AP1, then with AP2");
        NS_TEST_EXPECT_MSG_EQ(bed.assocs[0].second, ap1, "first AP1");
        NS_TEST_EXPECT_MSG_EQ(bed.assocs[1].second, ap2, "then AP2");
        WLC_REQUIRE_EQ(bed.starts.size(), 1u, "the roaming manager decided one roam");
        WLC_REQUIRE_EQ(bed.deassocs.size(), 1u, "the station left AP1 once");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(bed.deassocs[0].first,
                                    bed.starts[0].first,
                                    "it left AP1 because it decided to, not on beacon loss");
        auto [rssiFrom, rssiTo] = bed.starts[0].second;
        NS_TEST_EXPECT_MSG_LT(rssiFrom, -70.0, "AP1 was below the roam threshold");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(rssiTo, rssiFrom + 8.0, "AP2 was at least 8 dB stronger");
        // the station was 3 + 2 t metres from AP1; AP2 is 8 dB stronger from 26 m on, and AP1's
        // cell ends at about 51 m
        double x = 3.0 + 2.0 * bed.starts[0].first.GetSeconds();
        NS_TEST_EXPECT_MSG_GT(x, 26.0, "not before AP2 was 8 dB stronger");
        NS_TEST_EXPECT_MSG_LT(x, 32.0, "soon after, well inside AP1's cell");
        NS_TEST_EXPECT_MSG_EQ(bed.triggers.empty(), false, "the RSSI trigger fired");
        NS_TEST_EXPECT_MSG_EQ(bed.triggers.front().second, "rssi", "an RSSI trigger");

        auto disassoc = bed.ApReceived(FC_DISASSOCIATION, bed.Station());
        WLC_REQUIRE_EQ(disassoc.size(), 1u, "AP1 received one Disassociation");
        NS_TEST_EXPECT_MSG_EQ(disassoc[0].addr1, ap1, "addressed to AP1");
        WLC_REQUIRE_EQ(disassoc[0].body.size(), 2u, "a Disassociation body is a reason code");
        uint16_t reason = disassoc[0].body[0] | (disassoc[0].body[1] << 8);
        NS_TEST_EXPECT_MSG_EQ(reason, WlcStaWifiMac::REASON_LEAVING_BSS, "reason: leaving the BSS");
        WLC_REQUIRE_EQ(bed.apDeassocs.size(), 1u, "AP1 removed the station");

        auto reassoc = bed.ApReceived(FC_REASSOC_REQUEST, bed.Station());
        WLC_REQUIRE_EQ(reassoc.size(), 1u, "AP2 received one Reassociation Request");
        NS_TEST_EXPECT_MSG_EQ(reassoc[0].addr1, ap2, "addressed to AP2");
        bool hasFixedFields = reassoc[0].body.size() > 10;
        WLC_REQUIRE_EQ(hasFixedFields, true, "with its fixed fields");
        Mac48Address currentAp;
        currentAp.CopyFrom(&reassoc[0].body[4]);
        NS_TEST_EXPECT_MSG_EQ(currentAp, ap1, "Current AP Address: AP1");
        NS_TEST_EXPECT_MSG_EQ(bed.ApReceived(FC_ASSOC_REQUEST, bed.Station()).size(),
                              1u,
                              "only the first association used an Association Request");
        bool reassocResponse = false;
        for (const auto& frame : bed.staFrames)
        {
            reassocResponse |= frame.fc == FC_REASSOC_RESPONSE && frame.addr2 == ap2;
        }
        NS_TEST_EXPECT_MSG_EQ(reassocResponse, true, "AP2 answered with a Reassociation Response");

        WLC_REQUIRE_EQ(bed.roams.size(), 1u, "one roam completed");
        NS_TEST_EXPECT_MSG_EQ(bed.roams[0].first, ap1, "from AP1");
        NS_TEST_EXPECT_MSG_EQ(bed.roams[0].second, ap2, "to AP2");
        NS_TEST_EXPECT_MSG_LT(bed.roamGaps[0],
                              MilliSeconds(30),
                              "no scan after leaving: channel switch and reassociation only");
        const auto& timing = bed.timings[0];
        NS_TEST_EXPECT_MSG_EQ(timing.reason, "rssi", "an RSSI roam");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(timing.trigger, timing.scanStart, "trigger, then scan");
        NS_TEST_EXPECT_MSG_LT(timing.scanStart, timing.scanEnd, "the roam scan took time");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(timing.scanEnd, timing.leave, "scan, then leave");
        NS_TEST_EXPECT_MSG_LT(timing.leave, timing.associated, "leave, then associate");
        // four dwells (the home channel without a switch) and three returns home
        NS_TEST_EXPECT_MSG_GT(timing.scanEnd - timing.scanStart,
                              MilliSeconds(300),
                              "the roam scan came back home between dwells");
    }
};

/// With a single AP, the signal falls below the threshold but no AP is better: no roam.
class NoBetterApTestCase : public TestCase
{
  public:
    NoBetterApTestCase()
        : TestCase("below the roam threshold without a better AP, the station stays")
    {
    }

  private:
    void DoRun() override
    {
        RoamingBed bed({0.0}, {36});
        RoamingHelper roaming;
        roaming.SetChannels({36, 40, 44, 48});
        bed.Build(10.0, 1.5, 36, roaming); // 10 m (-77 dBm ... ) to 31 m
        bed.Run(Seconds(14));
        WLC_REQUIRE_EQ(bed.assocs.size(), 1u, "associated once");
        NS_TEST_EXPECT_MSG_EQ(bed.triggers.empty(), false, "the RSSI trigger fired");
        NS_TEST_EXPECT_MSG_EQ(bed.starts.size(), 0u, "no roam decided");
        NS_TEST_EXPECT_MSG_EQ(bed.deassocs.size(), 0u, "the station stayed with its AP");
        NS_TEST_EXPECT_MSG_EQ(bed.ApReceived(FC_DISASSOCIATION, bed.Station()).size(),
                              0u,
                              "no Disassociation");
        NS_TEST_EXPECT_MSG_EQ(bed.StaChannel(), 36, "back on the AP's channel after the scans");
        NS_TEST_EXPECT_MSG_EQ((bed.dwellChannels == std::set<uint16_t>{36, 40, 44, 48}),
                              true,
                              "roam scans visited every channel");
    }
};

/**
 * Trigger=MissedBeacons: the station keeps AP1 until its Beacons are lost (about a second past
 * the cell edge), then scans all channels and reassociates with AP2 on another channel.
 */
class MissedBeaconsTestCase : public TestCase
{
  public:
    MissedBeaconsTestCase()
        : TestCase("with Trigger=MissedBeacons the station leaves only on beacon loss, then "
                   "finds the AP on another channel")
    {
    }

  private:
    void DoRun() override
    {
        RoamingBed bed({0.0, 70.0}, {36, 44});
        RoamingHelper roaming;
        roaming.SetChannels({36, 40, 44, 48});
        roaming.SetRoamingManagerAttribute("Trigger", EnumValue(RoamingManager::MISSED_BEACONS));
        bed.Build(30.0, 2.0, 36, roaming);
        bed.Run(Seconds(16));
        Mac48Address ap1 = bed.Bssid(0);
        Mac48Address ap2 = bed.Bssid(1);
        NS_TEST_EXPECT_MSG_EQ(bed.starts.size(), 0u, "no RSSI roam");
        WLC_REQUIRE_EQ(bed.deassocs.size(), 1u, "the station lost AP1 once");
        WLC_REQUIRE_EQ(bed.triggers.size(), 1u, "one trigger");
        NS_TEST_EXPECT_MSG_EQ(bed.triggers[0].second, "missed-beacons", "beacon loss");
        double x = 30.0 + 2.0 * bed.deassocs[0].first.GetSeconds();
        NS_TEST_EXPECT_MSG_GT(x, 50.0, "the station left AP1 only past its cell edge");
        NS_TEST_EXPECT_MSG_EQ(bed.ApReceived(FC_DISASSOCIATION, bed.Station()).size(),
                              0u,
                              "no Disassociation to an AP that cannot be heard");
        WLC_REQUIRE_EQ(bed.roams.size(), 1u, "one roam");
        NS_TEST_EXPECT_MSG_EQ(bed.roams[0].first, ap1, "from AP1");
        NS_TEST_EXPECT_MSG_EQ(bed.roams[0].second, ap2, "to AP2");
        NS_TEST_EXPECT_MSG_GT(bed.roamSinceTrigger[0],
                              MilliSeconds(900),
                              "detecting the loss took MaxMissedBeacons beacon intervals");
        NS_TEST_EXPECT_MSG_GT(bed.roamGaps[0],
                              MilliSeconds(30),
                              "a full scan of four channels followed the loss");
        NS_TEST_EXPECT_MSG_LT(bed.roamGaps[0], MilliSeconds(300), "and ended within 300 ms");
        auto reassoc = bed.ApReceived(FC_REASSOC_REQUEST, bed.Station());
        WLC_REQUIRE_EQ(reassoc.size(), 1u, "AP2 received a Reassociation Request");
        NS_TEST_EXPECT_MSG_EQ(bed.StaChannel(), 44, "on AP2's channel");
        const auto& timing = bed.timings[0];
        NS_TEST_EXPECT_MSG_EQ(timing.reason, "missed-beacons", "a beacon-loss roam");
        NS_TEST_EXPECT_MSG_LT(timing.leave, timing.scanStart + MilliSeconds(1), "loss, then scan");
        NS_TEST_EXPECT_MSG_LT(timing.scanStart, timing.scanEnd, "the full scan took time");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(timing.scanEnd, timing.associated, "scan, then associate");
    }
};

/**
 * The roaming client in the campus scenario: an RSSI roam from AP001 (WLC1, channel 36) to
 * AP002 (WLC2, channel 44) is a Layer 3 roam, WLC1 Anchor and WLC2 Foreign, with the address
 * kept and almost no traffic lost.
 */
class ControllerRoamTestCase : public TestCase
{
  public:
    ControllerRoamTestCase()
        : TestCase("a roaming client roams on RSSI between two controllers (Layer 3)")
    {
    }

  private:
    void DoRun() override
    {
        RoamingScenario::Config config;
        config.controllers = 2;
        config.apsPerController = 1;
        config.apChannels = {36, 44};
        config.apSpacing = 40;
        config.roamingClients = true;
        config.clientsArriveAt = Seconds(12); // every AP is up: the client starts at AP001
        RoamingScenario scenario(config);
        scenario.Build();
        scenario.Run();
        std::vector<RoamRecord> roams = scenario.GetRoamMonitor()->GetRoams();
        Mac48Address client = scenario.GetClientMac(0);
        const ClientEntry* atWlc1 = scenario.GetController(0)->GetClients().Find(client);
        const ClientEntry* atWlc2 = scenario.GetController(1)->GetClients().Find(client);
        bool anchor = atWlc1 && atWlc1->mobilityRole == MobilityRole::ANCHOR;
        bool foreign = atWlc2 && atWlc2->mobilityRole == MobilityRole::FOREIGN;
        uint64_t downlinkLost = scenario.GetDownlinkLost(0);
        uint64_t uplinkLost = scenario.GetUplinkLost(0);
        Simulator::Destroy();
        WLC_REQUIRE_EQ(roams.size(), 1u, "one roam");
        const RoamRecord& roam = roams[0];
        NS_TEST_EXPECT_MSG_EQ(roam.fromAp, "AP001", "from AP001");
        NS_TEST_EXPECT_MSG_EQ(roam.toAp, "AP002", "to AP002");
        NS_TEST_EXPECT_MSG_EQ(roam.type, "l3", "a Layer 3 roam");
        NS_TEST_EXPECT_MSG_EQ(roam.trigger, "rssi", "decided on RSSI");
        NS_TEST_EXPECT_MSG_GT(roam.scanMs, 0.0, "after a roam scan");
        NS_TEST_EXPECT_MSG_LT(roam.l2Ms,
                              5.0,
                              "the Layer 2 gap is a channel switch and a "
                              "reassociation");
        NS_TEST_EXPECT_MSG_EQ(roam.ipAfter, roam.ipBefore, "the client kept its address");
        NS_TEST_EXPECT_MSG_GT(roam.mobilityMs, 0.0, "the controllers exchanged the handoff");
        NS_TEST_EXPECT_MSG_EQ(anchor, true, "WLC1 is the anchor");
        NS_TEST_EXPECT_MSG_EQ(foreign, true, "WLC2 is the foreign controller");
        NS_TEST_EXPECT_MSG_GT(roam.firstDownlinkMs, 0.0, "downlink traffic came back");
        NS_TEST_EXPECT_MSG_GT(roam.firstUplinkMs, 0.0, "uplink traffic came back");
        NS_TEST_EXPECT_MSG_LT(downlinkLost + uplinkLost, 10u, "a handful of packets lost at most");
    }
};

/// The client-side roaming tests.
class StationRoamingTestSuite : public TestSuite
{
  public:
    StationRoamingTestSuite()
        : TestSuite("wlc-station-roaming", WLC_TEST_SYSTEM)
    {
        AddTestCase(new OtherChannelTestCase, WLC_TEST_QUICK);
        AddTestCase(new RestartDuringSwitchTestCase, WLC_TEST_QUICK);
        AddTestCase(new RssiRoamTestCase, WLC_TEST_QUICK);
        AddTestCase(new NoBetterApTestCase, WLC_TEST_QUICK);
        AddTestCase(new MissedBeaconsTestCase, WLC_TEST_QUICK);
        AddTestCase(new ControllerRoamTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
StationRoamingTestSuite g_stationRoamingTestSuite;

} // namespace
