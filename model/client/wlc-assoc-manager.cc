/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-assoc-manager.h"

#include "wlc-sta-wifi-mac.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/enum.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-ns3-compat.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <variant>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcAssocManager");
NS_OBJECT_ENSURE_REGISTERED(WlcAssocManager);

namespace
{
/// Noise floor of a 20 MHz channel with ns-3's default 7 dB noise figure (dBm).
constexpr double NOISE_FLOOR_DBM = -94.0;
/// Frame control byte 0 of a Beacon and of a Probe Response.
constexpr uint8_t FC_BEACON = 0x80;
constexpr uint8_t FC_PROBE_RESPONSE = 0x50; //!< see FC_BEACON
/// Offset of Address 3 (the BSSID of a management frame) in the MAC header.
constexpr std::size_t ADDR3_OFFSET = 16;

/**
 * Parse a channel list such as "36,40,44".
 * \param text the list
 * \return the channels
 */
std::vector<uint16_t>
ParseChannels(const std::string& text)
{
    std::vector<uint16_t> channels;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ','))
    {
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        if (item.empty())
        {
            continue;
        }
        std::size_t used = 0;
        unsigned long value = 0;
        try
        {
            value = std::stoul(item, &used);
        }
        catch (const std::exception&)
        {
            used = 0;
        }
        NS_ABORT_MSG_IF(used != item.size() || value < 1 || value > 196,
                        "WlcAssocManager: Channels must be a comma-separated list of channel "
                        "numbers (1-14 for 2.4 GHz, 32-196 for 5 GHz), such as \"36,40,44,48\"; "
                        "got \""
                            << text << "\"");
        channels.push_back(static_cast<uint16_t>(value));
    }
    return channels;
}
} // namespace

TypeId
WlcAssocManager::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcAssocManager")
            .SetParent<WifiAssocManager>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcAssocManager>()
            .AddAttribute("Channels",
                          "Channels to scan, comma-separated (\"1,6,11\", \"36,40,44,48\"); "
                          "empty: only the channel the station is on (ns-3's behaviour).",
                          StringValue(""),
                          MakeStringAccessor(&WlcAssocManager::m_channelList),
                          MakeStringChecker())
            .AddAttribute("ScanType",
                          "Active (Probe Requests) or passive (Beacons) scanning.",
                          EnumValue(WlcAssocManager::ACTIVE),
                          WLC_MAKE_ENUM_ACCESSOR(ScanType, &WlcAssocManager::m_scanType),
                          MakeEnumChecker(WlcAssocManager::ACTIVE,
                                          "Active",
                                          WlcAssocManager::PASSIVE,
                                          "Passive"))
            .AddAttribute("ProbeDelay",
                          "Active scan: delay (microseconds) before the Probe Request on a "
                          "channel (ns-3's StaWifiMac default).",
                          StringValue("ns3::UniformRandomVariable[Min=50.0|Max=250.0]"),
                          MakePointerAccessor(&WlcAssocManager::m_probeDelay),
                          MakePointerChecker<RandomVariableStream>())
            .AddAttribute("MinChannelTime",
                          "Active scan: time to wait for a first Probe Response on a channel.",
                          TimeValue(MilliSeconds(10)),
                          MakeTimeAccessor(&WlcAssocManager::m_minChannelTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("MaxChannelTime",
                          "Active scan: time spent on a channel where an AP answered.",
                          TimeValue(MilliSeconds(20)),
                          MakeTimeAccessor(&WlcAssocManager::m_maxChannelTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("PassiveChannelTime",
                          "Passive scan: time spent listening on each channel.",
                          TimeValue(MilliSeconds(110)),
                          MakeTimeAccessor(&WlcAssocManager::m_passiveChannelTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("Reassociate",
                          "Join with a Reassociation Request when the station was associated "
                          "in the same ESS before (needs ns3::WlcStaWifiMac).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&WlcAssocManager::m_reassociate),
                          MakeBooleanChecker())
            .AddTraceSource("ApHeard",
                            "A Beacon or Probe Response of an AP was received.",
                            MakeTraceSourceAccessor(&WlcAssocManager::m_apHeardTrace),
                            "ns3::WlcAssocManager::ApHeardTracedCallback")
            .AddTraceSource("ScanStarted",
                            "A scan for an AP to join (true) or an off-channel dwell (false) "
                            "started.",
                            MakeTraceSourceAccessor(&WlcAssocManager::m_scanStartedTrace),
                            "ns3::TracedValueCallback::Bool")
            .AddTraceSource("ScanCompleted",
                            "A scan or an off-channel dwell ended.",
                            MakeTraceSourceAccessor(&WlcAssocManager::m_scanCompletedTrace),
                            "ns3::WlcAssocManager::ScanCompletedTracedCallback")
            .AddTraceSource("ChannelDwell",
                            "The scanner left a channel it listened on.",
                            MakeTraceSourceAccessor(&WlcAssocManager::m_channelDwellTrace),
                            "ns3::WlcAssocManager::ChannelDwellTracedCallback");
    return tid;
}

WlcAssocManager::WlcAssocManager()
{
    NS_LOG_FUNCTION(this);
}

WlcAssocManager::~WlcAssocManager()
{
    NS_LOG_FUNCTION(this);
}

void
WlcAssocManager::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_probeEvent.Cancel();
    m_dwellEvent.Cancel();
    m_afterSwitch = nullptr;
    m_dwellDone = nullptr;
    m_wlcMac = nullptr;
    m_phy = nullptr;
    m_probeDelay = nullptr;
    m_candidates.clear();
    WifiAssocManager::DoDispose();
}

void
WlcAssocManager::SetChannels(const std::vector<uint16_t>& channels)
{
    std::ostringstream text;
    for (std::size_t i = 0; i < channels.size(); ++i)
    {
        text << (i ? "," : "") << channels[i];
    }
    m_channelList = text.str();
    m_channels = ParseChannels(m_channelList);
}

std::vector<uint16_t>
WlcAssocManager::GetChannels() const
{
    return ParseChannels(m_channelList);
}

uint16_t
WlcAssocManager::GetCurrentChannel() const
{
    return m_phy ? static_cast<uint16_t>(m_phy->GetChannelNumber()) : 0;
}

WlcAssocManager::ScanType
WlcAssocManager::GetScanType() const
{
    return m_scanType;
}

Time
WlcAssocManager::GetDwellTime() const
{
    return m_scanType == ACTIVE ? m_maxChannelTime : m_passiveChannelTime;
}

int64_t
WlcAssocManager::AssignStreams(int64_t stream)
{
    m_probeDelay->SetStream(stream);
    return 1;
}

bool
WlcAssocManager::IsBusy() const
{
    return m_state != IDLE;
}

void
WlcAssocManager::Attach()
{
    if (m_attached)
    {
        return;
    }
    NS_LOG_FUNCTION(this);
    m_attached = true;
    m_channels = ParseChannels(m_channelList);
    m_phy = m_mac->GetWifiPhy(0);
    m_wlcMac = DynamicCast<WlcStaWifiMac>(m_mac);
    if (m_wlcMac)
    {
        m_wlcMac->SetChannelSwitchedCallback(MakeCallback(&WlcAssocManager::ChannelSwitched, this));
    }
    m_mac->TraceConnectWithoutContext("ReceivedBeaconInfo",
                                      MakeCallback(&WlcAssocManager::BeaconReceived, this));
    m_mac->TraceConnectWithoutContext("Assoc", MakeCallback(&WlcAssocManager::Associated, this));
    m_phy->TraceConnectWithoutContext("MonitorSnifferRx",
                                      MakeCallback(&WlcAssocManager::PhyRx, this));
}

std::vector<WlcAssocManager::Candidate>
WlcAssocManager::GetCandidates(Time maxAge) const
{
    std::vector<Candidate> result;
    for (const auto& [bssid, candidate] : m_candidates)
    {
        if (Simulator::Now() - candidate.lastSeen <= maxAge)
        {
            result.push_back(candidate);
        }
    }
    std::sort(result.begin(), result.end(), [](const Candidate& a, const Candidate& b) {
        return a.rssiDbm > b.rssiDbm;
    });
    return result;
}

void
WlcAssocManager::SetPreferredAp(Mac48Address bssid, Time maxAge)
{
    NS_LOG_FUNCTION(this << bssid << maxAge);
    m_preferred = bssid;
    m_preferredMaxAge = maxAge;
}

bool
WlcAssocManager::Compare(const StaWifiMac::ApInfo& lhs, const StaWifiMac::ApInfo& rhs) const
{
    return lhs.m_snr > rhs.m_snr;
}

bool
WlcAssocManager::CanBeInserted(const StaWifiMac::ApInfo& apInfo) const
{
    return true;
}

bool
WlcAssocManager::CanBeReturned(const StaWifiMac::ApInfo& apInfo) const
{
    // only the AP chosen after this scan (or the preferred AP, if heard recently enough)
    auto it = m_candidates.find(apInfo.m_bssid);
    return it != m_candidates.end() && it->second.lastSeen >= m_freshSince &&
           (!m_joinTarget || *m_joinTarget == apInfo.m_bssid);
}

void
WlcAssocManager::NotifyApInfo(const StaWifiMac::ApInfo&& apInfo)
{
    NS_LOG_FUNCTION(this << apInfo.m_bssid);
    Record(apInfo);
    WifiAssocManager::NotifyApInfo(std::move(apInfo));
}

void
WlcAssocManager::BeaconReceived(StaWifiMac::ApInfo info)
{
    if (std::holds_alternative<MgtBeaconHeader>(info.m_frame) && m_mac->IsAssociated())
    {
        // while associated StaWifiMac keeps other APs' Beacons to itself; while scanning it
        // hands them to NotifyApInfo, which records them
        Record(info);
    }
}

void
WlcAssocManager::Record(const StaWifiMac::ApInfo& info)
{
    double rssi = NOISE_FLOOR_DBM + 10 * std::log10(std::max(info.m_snr, 1e-12));
    auto last = m_lastRssi.find(info.m_bssid);
    if (last != m_lastRssi.end() && last->second.second == Simulator::Now())
    {
        rssi = last->second.first; // measured on this very frame
    }
    uint16_t channel = static_cast<uint16_t>(info.m_channel.number);
    m_candidates.erase(info.m_bssid);
    m_candidates.emplace(info.m_bssid, Candidate{info, rssi, channel, Simulator::Now()});
    if (channel == m_dwellChannel)
    {
        m_heard = true;
    }
    m_apHeardTrace(info.m_bssid, channel, rssi);
}

void
WlcAssocManager::PhyRx(Ptr<const Packet> packet,
                       uint16_t channelFreqMhz,
                       WifiTxVector txVector,
                       MpduInfo aMpdu,
                       SignalNoiseDbm signalNoise,
                       uint16_t staId)
{
    uint8_t header[ADDR3_OFFSET + 6];
    if (packet->GetSize() < sizeof(header))
    {
        return;
    }
    packet->CopyData(header, sizeof(header));
    if (header[0] != FC_BEACON && header[0] != FC_PROBE_RESPONSE)
    {
        return;
    }
    Mac48Address bssid;
    bssid.CopyFrom(header + ADDR3_OFFSET);
    m_lastRssi[bssid] = {signalNoise.signal, Simulator::Now()};
}

void
WlcAssocManager::Associated(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    m_lastBssid = bssid;
}

void
WlcAssocManager::NotifyChannelSwitched(uint8_t linkId)
{
    NS_LOG_FUNCTION(this << unsigned(linkId));
    if (!m_wlcMac)
    {
        ChannelSwitched(false); // a plain StaWifiMac: this is the only notification
    }
}

void
WlcAssocManager::ChannelSwitched(bool offChannel)
{
    NS_LOG_FUNCTION(this << offChannel << GetCurrentChannel());
    if (m_afterSwitch)
    {
        std::function<void()> then = std::move(m_afterSwitch);
        m_afterSwitch = nullptr;
        then();
    }
}

void
WlcAssocManager::SwitchTo(uint16_t channel, std::function<void()> then)
{
    NS_LOG_FUNCTION(this << channel);
    if (channel == GetCurrentChannel())
    {
        Simulator::ScheduleNow(then);
        return;
    }
    if (m_phy->IsStateSleep() || m_phy->IsStateOff() || m_phy->IsStateSwitching())
    {
        // ns-3 ignores a channel switch when sleeping or off, and aborts on one while another
        // is under way (RestartScan() during a scan's switch): try again shortly
        Simulator::Schedule(MilliSeconds(1), &WlcAssocManager::SwitchTo, this, channel, then);
        return;
    }
    m_afterSwitch = std::move(then);
    std::ostringstream settings;
    settings << "{" << channel << ", 0, " << (channel <= 14 ? "BAND_2_4GHZ" : "BAND_5GHZ")
             << ", 0}";
    m_phy->SetAttribute("ChannelSettings", StringValue(settings.str()));
}

void
WlcAssocManager::DoStartScanning()
{
    NS_LOG_FUNCTION(this);
    Attach();
    // StaWifiMac asks for a scan when it has lost its AP (or left it): that ends any dwell
    m_probeEvent.Cancel();
    m_dwellEvent.Cancel();
    m_afterSwitch = nullptr;
    if (m_state == OFF_CHANNEL && m_wlcMac)
    {
        m_wlcMac->SetOffChannel(false);
        m_dwellDone = nullptr;
    }
    m_state = FULL_SCAN;
    // StaWifiMac is still inside the call that asked for the scan: begin once it returned
    Simulator::ScheduleNow(&WlcAssocManager::BeginScan, this);
}

bool
WlcAssocManager::RestartScan()
{
    NS_LOG_FUNCTION(this);
    if (m_state != FULL_SCAN)
    {
        return false;
    }
    m_probeEvent.Cancel();
    m_dwellEvent.Cancel();
    m_afterSwitch = nullptr;
    Simulator::ScheduleNow(&WlcAssocManager::BeginScan, this);
    return true;
}

void
WlcAssocManager::BeginScan()
{
    NS_LOG_FUNCTION(this);
    m_scanStart = Simulator::Now();
    m_freshSince = m_scanStart;
    m_joinTarget.reset();
    if (m_preferred)
    {
        Mac48Address bssid = *m_preferred;
        m_preferred.reset();
        auto it = m_candidates.find(bssid);
        if (it != m_candidates.end() && Simulator::Now() - it->second.lastSeen <= m_preferredMaxAge)
        {
            NS_LOG_DEBUG("joining " << bssid << " without a scan");
            m_freshSince = it->second.lastSeen;
            m_joinTarget = bssid;
            StaWifiMac::ApInfo info = it->second.info;
            WifiAssocManager::NotifyApInfo(std::move(info));
            m_state = JOINING;
            SwitchTo(it->second.channel, [this]() { JoinNow(); });
            return;
        }
    }
    m_scanStartedTrace(true);
    m_nextChannel = 0;
    ScanNextChannel();
}

void
WlcAssocManager::ScanNextChannel()
{
    if (m_channels.empty() && m_nextChannel == 0)
    {
        ++m_nextChannel;
        Dwell(); // only the current channel
        return;
    }
    if (m_nextChannel >= m_channels.size())
    {
        EndScan();
        return;
    }
    uint16_t channel = m_channels[m_nextChannel++];
    SwitchTo(channel, [this]() { Dwell(); });
}

void
WlcAssocManager::Dwell()
{
    m_dwellChannel = GetCurrentChannel();
    NS_LOG_FUNCTION(this << m_dwellChannel);
    m_heard = false;
    m_dwellStart = Simulator::Now();
    if (m_scanType == ACTIVE)
    {
        Time probeDelay = MicroSeconds(m_probeDelay->GetValue());
        m_probeEvent = Simulator::Schedule(probeDelay, &WlcAssocManager::SendProbe, this);
        m_dwellEvent = Simulator::Schedule(probeDelay + m_minChannelTime,
                                           &WlcAssocManager::MinChannelTimeElapsed,
                                           this);
    }
    else
    {
        m_dwellEvent =
            Simulator::Schedule(m_passiveChannelTime, &WlcAssocManager::DwellEnded, this);
    }
}

void
WlcAssocManager::SendProbe()
{
    NS_LOG_FUNCTION(this << m_dwellChannel);
    wlc_compat::SendProbeRequest(*m_mac);
}

void
WlcAssocManager::MinChannelTimeElapsed()
{
    if (m_heard && m_maxChannelTime > m_minChannelTime)
    {
        m_dwellEvent = Simulator::Schedule(m_maxChannelTime - m_minChannelTime,
                                           &WlcAssocManager::DwellEnded,
                                           this);
        return;
    }
    DwellEnded();
}

void
WlcAssocManager::DwellEnded()
{
    NS_LOG_FUNCTION(this << m_dwellChannel << m_heard);
    m_channelDwellTrace(m_dwellChannel, Simulator::Now() - m_dwellStart);
    m_dwellChannel = 0;
    if (m_state == FULL_SCAN)
    {
        ScanNextChannel();
        return;
    }
    if (m_state == OFF_CHANNEL)
    {
        SwitchTo(m_homeChannel, [this]() {
            m_wlcMac->SetOffChannel(false);
            m_state = IDLE;
            uint32_t heard = GetCandidates(Simulator::Now() - m_scanStart).size();
            m_scanCompletedTrace(Simulator::Now() - m_scanStart, heard, false);
            if (m_dwellDone)
            {
                DwellDoneCallback done = std::move(m_dwellDone);
                m_dwellDone = nullptr;
                done();
            }
        });
    }
}

void
WlcAssocManager::EndScan()
{
    NS_LOG_FUNCTION(this);
    uint32_t heard = 0;
    const Candidate* best = nullptr;
    for (const auto& [bssid, candidate] : m_candidates)
    {
        if (candidate.lastSeen >= m_freshSince)
        {
            ++heard;
        }
    }
    m_scanCompletedTrace(Simulator::Now() - m_scanStart, heard, true);
    for (const auto& info : GetSortedList())
    {
        if (CanBeReturned(info))
        {
            best = &m_candidates.at(info.m_bssid);
            break;
        }
    }
    if (!best)
    {
        NS_LOG_DEBUG("no AP heard");
        m_state = IDLE;
        ScanningTimeout(); // StaWifiMac starts another scan
        return;
    }
    m_state = JOINING;
    m_joinTarget = best->info.m_bssid;
    SwitchTo(best->channel, [this]() { JoinNow(); });
}

void
WlcAssocManager::SetJoinGate(JoinGate gate)
{
    m_joinGate = std::move(gate);
}

void
WlcAssocManager::JoinNow()
{
    NS_LOG_FUNCTION(this);
    if (m_joinGate && m_wlcMac && m_joinTarget)
    {
        // the station is on the AP's channel; something (802.11r FT Authentication) comes
        // first
        Mac48Address target = *m_joinTarget;
        std::optional<Mac48Address> currentAp;
        if (m_reassociate && m_lastBssid)
        {
            currentAp = m_lastBssid;
        }
        m_joinGate(target, currentAp, [this, target]() {
            if (m_state == JOINING && m_joinTarget == target)
            {
                Join();
            }
        });
        return;
    }
    Join();
}

void
WlcAssocManager::Join()
{
    NS_LOG_FUNCTION(this);
    m_state = IDLE;
    if (!m_wlcMac)
    {
        ScanningTimeout();
        m_joinTarget.reset();
        return;
    }
    if (m_reassociate && m_lastBssid)
    {
        m_wlcMac->PrepareReassociation(*m_lastBssid);
    }
    m_wlcMac->JoinWithRequestHeld([this]() { ScanningTimeout(); });
    m_wlcMac->CancelReassociation();
    m_joinTarget.reset();
}

bool
WlcAssocManager::ScanOffChannel(uint16_t channel, DwellDoneCallback done)
{
    NS_LOG_FUNCTION(this << channel);
    Attach();
    if (!m_wlcMac || m_state != IDLE || !m_mac->IsAssociated() || channel == 0)
    {
        return false;
    }
    m_state = OFF_CHANNEL;
    m_homeChannel = GetCurrentChannel();
    m_scanStart = Simulator::Now();
    m_dwellDone = std::move(done);
    m_scanStartedTrace(false);
    if (channel == m_homeChannel)
    {
        Dwell(); // probing the home channel needs no switch
        return true;
    }
    m_wlcMac->SetOffChannel(true);
    SwitchTo(channel, [this]() { Dwell(); });
    return true;
}

} // namespace ns3
