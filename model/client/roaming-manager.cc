/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "roaming-manager.h"

#include "wlc-sta-wifi-mac.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-mpdu.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wlc-ns3-compat.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("RoamingManager");
NS_OBJECT_ENSURE_REGISTERED(RoamingManager);

namespace
{
/// MaxMissedBeacons given to the MAC when beacon loss must not end an association.
constexpr uint32_t NO_BEACON_LOSS = 100000;
} // namespace

TypeId
RoamingManager::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::RoamingManager")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<RoamingManager>()
            .AddAttribute("Trigger",
                          "What makes the station roam: a weak AP with a better one heard "
                          "(Rssi), beacon loss (MissedBeacons) or either (Both).",
                          EnumValue(RoamingManager::BOTH),
                          WLC_MAKE_ENUM_ACCESSOR(Trigger, &RoamingManager::m_trigger),
                          MakeEnumChecker(RoamingManager::RSSI,
                                          "Rssi",
                                          RoamingManager::MISSED_BEACONS,
                                          "MissedBeacons",
                                          RoamingManager::BOTH,
                                          "Both"))
            .AddAttribute("RoamThreshold",
                          "Smoothed RSSI of the current AP below which the station looks for "
                          "another AP (dBm).",
                          DoubleValue(-70.0),
                          MakeDoubleAccessor(&RoamingManager::m_roamThreshold),
                          MakeDoubleChecker<double>(-120.0, 0.0))
            .AddAttribute("RoamHysteresis",
                          "How far above RoamThreshold the signal must climb to re-arm the "
                          "trigger (dB).",
                          DoubleValue(3.0),
                          MakeDoubleAccessor(&RoamingManager::m_hysteresis),
                          MakeDoubleChecker<double>(0.0, 40.0))
            .AddAttribute("MinRssiGain",
                          "How much stronger than the current AP a candidate must be (dB).",
                          DoubleValue(8.0),
                          MakeDoubleAccessor(&RoamingManager::m_minGain),
                          MakeDoubleChecker<double>(0.0, 60.0))
            .AddAttribute("RssiSmoothing",
                          "Weight of a new Beacon in the smoothed RSSI (1: no smoothing).",
                          DoubleValue(0.25),
                          MakeDoubleAccessor(&RoamingManager::m_smoothing),
                          MakeDoubleChecker<double>(0.01, 1.0))
            .AddAttribute("MaxMissedBeacons",
                          "Beacons missed in a row that end the association (Trigger "
                          "MissedBeacons or Both; ns-3's StaWifiMac default is 10).",
                          UintegerValue(10),
                          MakeUintegerAccessor(&RoamingManager::m_maxMissedBeacons),
                          MakeUintegerChecker<uint32_t>(1, 1000))
            .AddAttribute("RoamScanInterval",
                          "Time between two roam scans while the signal stays below the "
                          "threshold.",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&RoamingManager::m_scanInterval),
                          MakeTimeChecker(MilliSeconds(10)))
            .AddAttribute("HomeChannelTime",
                          "Time back on the AP's channel between two off-channel dwells.",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&RoamingManager::m_homeChannelTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("CandidateMaxAge",
                          "How old what was heard of an AP may be for a roam decision.",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&RoamingManager::m_candidateMaxAge),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("HoldTime",
                          "Time after an association before the RSSI trigger may fire.",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&RoamingManager::m_holdTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("SendDisassociation",
                          "Send a Disassociation to the AP the station leaves.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&RoamingManager::m_sendDisassociation),
                          MakeBooleanChecker())
            .AddAttribute("DisassociationWait",
                          "Longest wait for the Disassociation's acknowledgement before "
                          "leaving anyway.",
                          TimeValue(MilliSeconds(20)),
                          MakeTimeAccessor(&RoamingManager::m_disassociationWait),
                          MakeTimeChecker(Time(0)))
            .AddTraceSource("RoamTriggered",
                            "The station started to look for another AP.",
                            MakeTraceSourceAccessor(&RoamingManager::m_triggeredTrace),
                            "ns3::RoamingManager::TriggeredTracedCallback")
            .AddTraceSource("RoamStarted",
                            "The station leaves its AP for a chosen one.",
                            MakeTraceSourceAccessor(&RoamingManager::m_startedTrace),
                            "ns3::RoamingManager::StartedTracedCallback")
            .AddTraceSource("Roamed",
                            "The station associated with another AP.",
                            MakeTraceSourceAccessor(&RoamingManager::m_roamedTrace),
                            "ns3::RoamingManager::RoamedTracedCallback");
    return tid;
}

RoamingManager::RoamingManager()
{
    NS_LOG_FUNCTION(this);
}

RoamingManager::~RoamingManager()
{
    NS_LOG_FUNCTION(this);
}

void
RoamingManager::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_leaveEvent.Cancel();
    m_homeEvent.Cancel();
    m_mac = nullptr;
    m_scanner = nullptr;
    Object::DoDispose();
}

void
RoamingManager::Setup(Ptr<WifiNetDevice> station, Ptr<WlcAssocManager> scanner)
{
    NS_LOG_FUNCTION(this << station << scanner);
    m_mac = station ? DynamicCast<WlcStaWifiMac>(station->GetMac()) : nullptr;
    NS_ABORT_MSG_UNLESS(m_mac,
                        "RoamingManager: the station's MAC must be an ns3::WlcStaWifiMac "
                        "(WifiMacHelper::SetType(\"ns3::WlcStaWifiMac\"), or use RoamingHelper)");
    NS_ABORT_MSG_UNLESS(scanner, "RoamingManager: no scanner (WlcAssocManager) given");
    m_scanner = scanner;
    m_mac->SetAssocManager(m_scanner);
    m_mac->SetAttribute("MaxMissedBeacons",
                        UintegerValue(m_trigger == RSSI ? NO_BEACON_LOSS : m_maxMissedBeacons));
    m_scanner->TraceConnectWithoutContext("ApHeard", MakeCallback(&RoamingManager::ApHeard, this));
    m_scanner->TraceConnectWithoutContext("ScanStarted",
                                          MakeCallback(&RoamingManager::ScanStarted, this));
    m_scanner->TraceConnectWithoutContext("ScanCompleted",
                                          MakeCallback(&RoamingManager::ScanCompleted, this));
    m_mac->TraceConnectWithoutContext("Assoc", MakeCallback(&RoamingManager::Associated, this));
    m_mac->TraceConnectWithoutContext("DeAssoc",
                                      MakeCallback(&RoamingManager::Disassociated, this));
    m_mac->TraceConnectWithoutContext("AckedMpdu", MakeCallback(&RoamingManager::Acked, this));
}

std::optional<double>
RoamingManager::GetRssi() const
{
    return m_bssid ? m_rssi : std::nullopt;
}

Ptr<WlcAssocManager>
RoamingManager::GetAssocManager() const
{
    return m_scanner;
}

uint32_t
RoamingManager::GetRoamCount() const
{
    return m_roams;
}

void
RoamingManager::ApHeard(Mac48Address bssid, uint16_t channel, double rssiDbm)
{
    if (!m_bssid || bssid != *m_bssid || m_roaming)
    {
        return;
    }
    m_lastHeard = Simulator::Now();
    m_rssi = m_rssi ? (1 - m_smoothing) * *m_rssi + m_smoothing * rssiDbm : rssiDbm;
    Evaluate();
}

void
RoamingManager::ScanStarted(bool full)
{
    if (full && m_timing.reason == "missed-beacons" && !m_bssid)
    {
        m_timing.scanStart = Simulator::Now();
    }
}

void
RoamingManager::ScanCompleted(Time duration, uint32_t candidates, bool full)
{
    if (full && m_timing.reason == "missed-beacons" && !m_bssid)
    {
        m_timing.scanEnd = Simulator::Now();
    }
}

void
RoamingManager::Evaluate()
{
    if (m_trigger == MISSED_BEACONS || !m_rssi || m_roaming || m_scanning ||
        Simulator::Now() - m_associatedAt < m_holdTime)
    {
        return;
    }
    if (*m_rssi >= m_roamThreshold + m_hysteresis)
    {
        m_armed = true;
        return;
    }
    if (*m_rssi >= m_roamThreshold)
    {
        return;
    }
    if (m_armed)
    {
        m_armed = false;
        m_triggerTime = Simulator::Now();
        m_timing = RoamTiming();
        m_timing.reason = "rssi";
        m_timing.trigger = m_triggerTime;
        m_timing.scanStart = m_triggerTime;
        NS_LOG_DEBUG("RSSI trigger at " << *m_rssi << " dBm from " << *m_bssid);
        m_triggeredTrace(*m_bssid, *m_rssi, "rssi");
        StartRoamScan();
    }
    else if (Simulator::Now() >= m_nextScanAt)
    {
        m_timing.scanStart = Simulator::Now(); // a repeated roam scan
        StartRoamScan();
    }
}

void
RoamingManager::StartRoamScan()
{
    NS_LOG_FUNCTION(this);
    m_scanning = true;
    m_scanChannels = m_scanner->GetChannels();
    if (m_scanChannels.empty())
    {
        m_scanChannels.push_back(m_scanner->GetCurrentChannel());
    }
    m_nextChannel = 0;
    NextDwell();
}

void
RoamingManager::NextDwell()
{
    if (!m_scanning)
    {
        return;
    }
    if (m_nextChannel >= m_scanChannels.size())
    {
        m_scanning = false;
        m_nextScanAt = Simulator::Now() + m_scanInterval;
        Decide();
        return;
    }
    uint16_t channel = m_scanChannels[m_nextChannel++];
    bool started = m_scanner->ScanOffChannel(channel, [this]() {
        m_homeEvent = Simulator::Schedule(m_homeChannelTime, &RoamingManager::NextDwell, this);
    });
    if (!started)
    {
        NS_LOG_DEBUG("roam scan stopped: the station is not associated or already scanning");
        m_scanning = false;
    }
}

void
RoamingManager::Decide()
{
    NS_LOG_FUNCTION(this);
    if (!m_bssid || !m_rssi || *m_rssi >= m_roamThreshold)
    {
        return;
    }
    for (const auto& candidate : m_scanner->GetCandidates(m_candidateMaxAge))
    {
        if (candidate.info.m_bssid == *m_bssid)
        {
            continue;
        }
        // candidates come strongest first
        if (candidate.rssiDbm >= *m_rssi + m_minGain)
        {
            Roam(candidate);
        }
        else
        {
            NS_LOG_DEBUG("best candidate " << candidate.info.m_bssid << " at " << candidate.rssiDbm
                                           << " dBm is not " << m_minGain << " dB better than "
                                           << *m_rssi << " dBm");
        }
        return;
    }
}

void
RoamingManager::Roam(const WlcAssocManager::Candidate& target)
{
    NS_LOG_FUNCTION(this << target.info.m_bssid << target.rssiDbm);
    m_roaming = true;
    ++m_roams;
    m_from = m_bssid;
    m_target = target.info.m_bssid;
    m_timing.scanEnd = Simulator::Now();
    m_startedTrace(*m_bssid, target.info.m_bssid, *m_rssi, target.rssiDbm);
    m_scanner->SetPreferredAp(target.info.m_bssid, m_candidateMaxAge);
    if (m_sendDisassociation && m_mac->SendDisassociation(WlcStaWifiMac::REASON_LEAVING_BSS))
    {
        m_waitingDisassoc = true;
        m_leaveEvent = Simulator::Schedule(m_disassociationWait, &RoamingManager::Leave, this);
        return;
    }
    Leave();
}

void
RoamingManager::Acked(Ptr<const WifiMpdu> mpdu)
{
    if (m_waitingDisassoc && mpdu->GetHeader().IsDisassociation())
    {
        m_leaveEvent.Cancel();
        Leave();
    }
}

void
RoamingManager::Leave()
{
    NS_LOG_FUNCTION(this);
    m_waitingDisassoc = false;
    m_leaveTime = Simulator::Now();
    m_timing.leave = m_leaveTime;
    if (!m_mac->LeaveBss())
    {
        m_roaming = false; // the association ended meanwhile; StaWifiMac is scanning already
    }
}

void
RoamingManager::Associated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    std::optional<Mac48Address> from = m_from;
    m_bssid = bssid;
    m_rssi.reset();
    m_associatedAt = Simulator::Now();
    m_lastHeard = Simulator::Now();
    m_armed = true;
    m_roaming = false;
    m_from.reset();
    m_target.reset();
    if (from && *from != bssid)
    {
        m_timing.from = *from;
        m_timing.to = bssid;
        m_timing.associated = Simulator::Now();
        m_roamedTrace(m_timing);
    }
}

void
RoamingManager::Disassociated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid << m_roaming);
    m_homeEvent.Cancel();
    m_scanning = false;
    if (!m_roaming)
    {
        // beacon loss: StaWifiMac scans for a new AP
        m_from = bssid;
        m_leaveTime = Simulator::Now();
        m_triggerTime = m_lastHeard; // the loss began after the last frame heard
        m_timing = RoamTiming();
        m_timing.reason = "missed-beacons";
        m_timing.trigger = m_triggerTime;
        m_timing.leave = m_leaveTime;
        m_timing.scanStart = Seconds(-1);
        m_timing.scanEnd = Seconds(-1);
        m_triggeredTrace(bssid, m_rssi.value_or(0.0), "missed-beacons");
    }
    m_bssid.reset();
    m_rssi.reset();
}

} // namespace ns3
