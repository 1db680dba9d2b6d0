/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wtp-radio.h"

#include "ns3/abort.h"
#include "ns3/ap-wifi-mac.h"
#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/wifi-mpdu.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-ap-wifi-mac.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WtpRadio");
NS_OBJECT_ENSURE_REGISTERED(WtpRadio);

namespace
{

/// Size of the frame check sequence that ends every MPDU the PHY traces.
constexpr uint32_t FCS_SIZE = 4;
/// Shortest (Re)Association Request: 24-byte header, capability, listen interval, FCS.
constexpr uint32_t MIN_ASSOC_REQUEST_SIZE = 24 + 4 + FCS_SIZE;

} // namespace

TypeId
WtpRadio::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WtpRadio")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<WtpRadio>()
            .AddTraceSource("RadioState",
                            "The radio was switched on (true) or off (false).",
                            MakeTraceSourceAccessor(&WtpRadio::m_stateTrace),
                            "ns3::ControlledPortNetDevice::AuthorizedTracedCallback");
    return tid;
}

WtpRadio::WtpRadio()
{
    NS_LOG_FUNCTION(this);
}

WtpRadio::~WtpRadio()
{
    NS_LOG_FUNCTION(this);
}

void
WtpRadio::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_requests.clear();
    m_associationCallback = AssociationCallback();
    m_disassociationCallback = DisassociationCallback();
    m_frameCallback = FrameCallback();
    m_authenticationCallback = AuthenticationCallback();
    if (m_device)
    {
        if (Ptr<WlcApWifiMac> mac = DynamicCast<WlcApWifiMac>(m_device->GetMac()))
        {
            mac->SetResponseElementsCallback(nullptr);
        }
    }
    m_device = nullptr;
    Object::DoDispose();
}

void
WtpRadio::Setup(Ptr<WifiNetDevice> device, uint8_t radioId)
{
    NS_LOG_FUNCTION(this << device << unsigned(radioId));
    NS_ABORT_MSG_UNLESS(device && DynamicCast<ApWifiMac>(device->GetMac()),
                        "WtpRadio: the device of a lightweight AP radio must be a WifiNetDevice "
                        "with an ns3::WlcApWifiMac or ns3::ApWifiMac "
                        "(WifiMacHelper::SetType(\"ns3::WlcApWifiMac\"))");
    NS_ABORT_MSG_IF(radioId < 1 || radioId > 31, "WtpRadio: CAPWAP radio ids are 1..31");
    m_device = device;
    m_radioId = radioId;
    Ptr<ApWifiMac> mac = DynamicCast<ApWifiMac>(device->GetMac());
    mac->TraceConnectWithoutContext("AckedMpdu", MakeCallback(&WtpRadio::Acked, this));
    mac->TraceConnectWithoutContext("DeAssociatedSta",
                                    MakeCallback(&WtpRadio::Disassociated, this));
    if (DynamicCast<WlcApWifiMac>(mac))
    {
        mac->TraceConnectWithoutContext("AuthenticationReceived",
                                        MakeCallback(&WtpRadio::AuthenticationReceived, this));
    }
    device->GetPhy()->TraceConnectWithoutContext("MonitorSnifferRx",
                                                 MakeCallback(&WtpRadio::PhyRx, this));
    device->GetNode()->RegisterProtocolHandler(MakeCallback(&WtpRadio::Receive, this),
                                               0,
                                               device,
                                               true);
    Disable();
}

void
WtpRadio::SetAssociationCallback(AssociationCallback cb)
{
    m_associationCallback = cb;
}

void
WtpRadio::SetDisassociationCallback(DisassociationCallback cb)
{
    m_disassociationCallback = cb;
}

void
WtpRadio::SetFrameCallback(FrameCallback cb)
{
    m_frameCallback = cb;
}

void
WtpRadio::SetAuthenticationCallback(AuthenticationCallback cb)
{
    m_authenticationCallback = cb;
}

void
WtpRadio::ConfigureFastTransition(const std::vector<uint8_t>& mde,
                                  const std::string& r0khId,
                                  bool inBeacons,
                                  bool inProbeResponses)
{
    NS_LOG_FUNCTION(this << mde.size() << r0khId << inBeacons << inProbeResponses);
    Ptr<WlcApWifiMac> mac = DynamicCast<WlcApWifiMac>(m_device->GetMac());
    m_ft.Configure(mde, r0khId, GetBssid(), inProbeResponses);
    if (mde.empty())
    {
        if (mac)
        {
            mac->SetResponseElementsCallback(nullptr);
            mac->SetBeaconElements({});
        }
        return;
    }
    NS_ABORT_MSG_UNLESS(
        mac,
        "WtpRadio: a WLAN with 802.11r Fast Transition needs the AP radio's MAC "
        "to be an ns3::WlcApWifiMac (WifiMacHelper::SetType(\"ns3::WlcApWifiMac\"))");
    mac->SetBeaconElements(inBeacons ? mde : std::vector<uint8_t>());
    mac->SetResponseElementsCallback(
        [this](Mac48Address station, WifiMacType type, const std::vector<uint8_t>& body) {
            return m_enabled ? m_ft.ResponseElements(station, type, body) : std::vector<uint8_t>();
        });
}

void
WtpRadio::SetReassociationElements(Mac48Address station, std::vector<uint8_t> elements)
{
    m_ft.SetReassociationElements(station, std::move(elements));
}

bool
WtpRadio::SendAuthentication(Mac48Address station, const std::vector<uint8_t>& body)
{
    Ptr<WlcApWifiMac> mac = DynamicCast<WlcApWifiMac>(m_device->GetMac());
    if (!mac || !m_enabled)
    {
        return false;
    }
    mac->SendAuthentication(station, body);
    return true;
}

void
WtpRadio::AuthenticationReceived(Mac48Address station, const std::vector<uint8_t>& body)
{
    NS_LOG_FUNCTION(this << station << body.size());
    if (m_enabled && !m_authenticationCallback.IsNull())
    {
        m_authenticationCallback(station, body);
    }
}

void
WtpRadio::Enable(const Ssid& ssid)
{
    NS_LOG_FUNCTION(this << ssid);
    Ptr<WifiMac> mac = m_device->GetMac();
    mac->SetSsid(ssid);
    if (m_enabled)
    {
        return;
    }
    m_enabled = true;
    m_device->GetPhy()->ResumeFromOff();
    mac->SetAttribute("BeaconGeneration", BooleanValue(true));
    m_stateTrace(true);
}

void
WtpRadio::Disable()
{
    NS_LOG_FUNCTION(this);
    if (!m_enabled)
    {
        return;
    }
    m_enabled = false;
    if (!m_device->GetMac())
    {
        return; // disposed
    }
    m_device->GetMac()->SetAttribute("BeaconGeneration", BooleanValue(false));
    m_device->GetPhy()->SetOffMode();
    // the stations of this radio are gone for the AP
    Ptr<ApWifiMac> mac = DynamicCast<ApWifiMac>(m_device->GetMac());
    for (const auto& station : m_stations)
    {
        mac->GetWifiRemoteStationManager()->RecordDisassociated(station);
    }
    m_stations.clear();
    m_requests.clear();
    m_stateTrace(false);
}

bool
WtpRadio::IsEnabled() const
{
    return m_enabled;
}

bool
WtpRadio::Transmit(Ptr<Packet> payload,
                   Mac48Address source,
                   Mac48Address destination,
                   uint16_t etherType)
{
    NS_LOG_FUNCTION(this << payload << source << destination << etherType);
    if (!m_enabled)
    {
        return false;
    }
    return m_device->SendFrom(payload, source, destination, etherType);
}

void
WtpRadio::RemoveStation(Mac48Address station)
{
    NS_LOG_FUNCTION(this << station);
    DynamicCast<ApWifiMac>(m_device->GetMac())
        ->GetWifiRemoteStationManager()
        ->RecordDisassociated(station);
    m_stations.erase(station);
    m_requests.erase(station);
}

uint8_t
WtpRadio::GetRadioId() const
{
    return m_radioId;
}

Mac48Address
WtpRadio::GetBssid() const
{
    return m_device->GetMac()->GetAddress();
}

uint16_t
WtpRadio::GetChannel() const
{
    return m_device->GetPhy()->GetChannelNumber();
}

uint32_t
WtpRadio::GetRadioType() const
{
    WifiStandard standard = m_device->GetPhy()->GetStandard();
    bool band5 = m_device->GetPhy()->GetPhyBand() == WIFI_PHY_BAND_5GHZ;
    uint32_t type = 0;
    if (band5)
    {
        type |= 2; // A
    }
    else
    {
        type |= 1; // B
        if (standard != WIFI_STANDARD_80211b)
        {
            type |= 4; // G
        }
    }
    if (standard >= WIFI_STANDARD_80211n)
    {
        type |= 8; // N
    }
    return type;
}

Ptr<WifiNetDevice>
WtpRadio::GetDevice() const
{
    return m_device;
}

void
WtpRadio::Receive(Ptr<NetDevice> device,
                  Ptr<const Packet> packet,
                  uint16_t protocol,
                  const Address& from,
                  const Address& to,
                  NetDevice::PacketType type)
{
    NS_LOG_FUNCTION(this << packet << protocol << from << to << type);
    if (m_enabled && !m_frameCallback.IsNull())
    {
        m_frameCallback(packet,
                        Mac48Address::ConvertFrom(from),
                        Mac48Address::ConvertFrom(to),
                        protocol);
    }
}

void
WtpRadio::PhyRx(Ptr<const Packet> packet,
                uint16_t channelFreqMhz,
                WifiTxVector txVector,
                MpduInfo aMpdu,
                SignalNoiseDbm signalNoise,
                uint16_t staId)
{
    if (packet->GetSize() < MIN_ASSOC_REQUEST_SIZE)
    {
        return;
    }
    uint8_t header[16];
    packet->CopyData(header, sizeof(header));
    // frame control: type management (0), subtype 0 (association) or 2 (reassociation) request
    uint8_t subtypeAndType = header[0] & 0xfc;
    if (subtypeAndType != 0x00 && subtypeAndType != 0x20)
    {
        return;
    }
    Mac48Address addr1;
    addr1.CopyFrom(header + 4);
    if (addr1 != GetBssid())
    {
        return;
    }
    Mac48Address station;
    station.CopyFrom(header + 10);
    std::vector<uint8_t> bytes(packet->GetSize());
    packet->CopyData(bytes.data(), packet->GetSize());
    bytes.resize(bytes.size() - FCS_SIZE);
    m_requests[station] = std::move(bytes);
}

void
WtpRadio::Acked(Ptr<const WifiMpdu> mpdu)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (!header.IsAssocResp() && !header.IsReassocResp())
    {
        return;
    }
    // the station acknowledged its (Re)Association Response: it is associated. The body starts
    // with Capability Information, Status Code and Association ID (little-endian)
    Ptr<const Packet> body = mpdu->GetPacket();
    uint8_t fixed[6];
    if (body->GetSize() < sizeof(fixed))
    {
        return;
    }
    body->CopyData(fixed, sizeof(fixed));
    uint16_t status = fixed[2] | (fixed[3] << 8);
    uint16_t aid = (fixed[4] | (fixed[5] << 8)) & 0x3fff;
    if (status != 0)
    {
        return;
    }
    Mac48Address station = header.GetAddr1();
    NS_LOG_FUNCTION(this << station << aid);
    m_stations.insert(station);
    auto it = m_requests.find(station);
    std::vector<uint8_t> request = it == m_requests.end() ? std::vector<uint8_t>() : it->second;
    if (!m_associationCallback.IsNull())
    {
        m_associationCallback(station, aid, request);
    }
}

void
WtpRadio::Disassociated(uint16_t aid, Mac48Address station)
{
    NS_LOG_FUNCTION(this << aid << station);
    m_stations.erase(station);
    m_requests.erase(station);
    m_ft.Forget(station);
    if (!m_disassociationCallback.IsNull())
    {
        m_disassociationCallback(station);
    }
}

} // namespace ns3
