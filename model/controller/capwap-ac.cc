/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-ac.h"

#include "ns3/boolean.h"
#include "ns3/byte-reader.h"
#include "ns3/capwap-descriptor-elements.h"
#include "ns3/capwap-elements.h"
#include "ns3/capwap-ieee80211-elements.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapAc");
NS_OBJECT_ENSURE_REGISTERED(CapwapAc);

namespace
{

/// IEEE 802.11 WLAN Configuration Request (RFC 5416 §3.1).
constexpr uint32_t WLAN_CONFIGURATION_REQUEST = 3398913;

/// \param code a result \return its element
CapwapResultCodeElement
Result(CapwapResultCode code)
{
    return CapwapResultCodeElement(code);
}

/// \param response a response \return true if its Result Code says success
bool
Succeeded(const CapwapControlMessage& response)
{
    CapwapResultCodeElement result;
    std::string why;
    return response.Get(result, why) &&
           (result.resultCode == static_cast<uint32_t>(CapwapResultCode::SUCCESS) ||
            result.resultCode == static_cast<uint32_t>(CapwapResultCode::SUCCESS_NAT_DETECTED));
}

} // namespace

TypeId
CapwapAc::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::CapwapAc")
            .SetParent<Object>()
            .SetGroupName("Wlc")
            .AddConstructor<CapwapAc>()
            .AddAttribute("MaxWtps",
                          "Max WTPs: APs the controller accepts.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&CapwapAc::m_maxWtps),
                          MakeUintegerChecker<uint16_t>(1))
            .AddAttribute("EchoInterval",
                          "EchoInterval that APs are told to use (CAPWAP Timers).",
                          TimeValue(Seconds(capwap::ECHO_INTERVAL)),
                          MakeTimeAccessor(&CapwapAc::m_echoInterval),
                          MakeTimeChecker(Seconds(1), Seconds(255)))
            .AddAttribute("MaxDiscoveryInterval",
                          "MaxDiscoveryInterval that APs are told to use (CAPWAP Timers).",
                          TimeValue(Seconds(capwap::MAX_DISCOVERY_INTERVAL)),
                          MakeTimeAccessor(&CapwapAc::m_maxDiscoveryInterval),
                          MakeTimeChecker(Seconds(2), Seconds(180)))
            .AddAttribute("RetransmitInterval",
                          "RetransmitInterval of requests to APs.",
                          TimeValue(Seconds(capwap::RETRANSMIT_INTERVAL)),
                          MakeTimeAccessor(&CapwapAc::m_retransmitInterval),
                          MakeTimeChecker())
            .AddAttribute("MaxRetransmit",
                          "MaxRetransmit of requests to APs.",
                          UintegerValue(capwap::MAX_RETRANSMIT),
                          MakeUintegerAccessor(&CapwapAc::m_maxRetransmit),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("NeighborDeadInterval",
                          "Silence after which an AP is declared lost.",
                          TimeValue(Seconds(capwap::NEIGHBOR_DEAD_INTERVAL)),
                          MakeTimeAccessor(&CapwapAc::m_neighborDeadInterval),
                          MakeTimeChecker())
            .AddAttribute("IdleTimeout",
                          "Idle Timeout sent to APs (Configuration Status Response).",
                          TimeValue(Seconds(capwap::IDLE_TIMEOUT)),
                          MakeTimeAccessor(&CapwapAc::m_idleTimeout),
                          MakeTimeChecker())
            .AddAttribute("SwapFrameControl",
                          "Tunnelled 802.11 frames carry Frame Control byte-swapped (Cisco).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&CapwapAc::m_swapFrameControl),
                          MakeBooleanChecker())
            .AddTraceSource("ApStateChanged",
                            "The CAPWAP session state of an AP changed.",
                            MakeTraceSourceAccessor(&CapwapAc::m_apStateTrace),
                            "ns3::CapwapAc::ApStateTracedCallback")
            .AddTraceSource("Drop",
                            "A CAPWAP packet was dropped, with the reason.",
                            MakeTraceSourceAccessor(&CapwapAc::m_dropTrace),
                            "ns3::CapwapAc::DropTracedCallback");
    return tid;
}

CapwapAc::CapwapAc()
    : m_dataChannel(CreateObject<AcDataChannel>())
{
    NS_LOG_FUNCTION(this);
}

CapwapAc::~CapwapAc()
{
    NS_LOG_FUNCTION(this);
}

void
CapwapAc::DoDispose()
{
    NS_LOG_FUNCTION(this);
    Stop();
    m_node = nullptr;
    m_apJoined = ApCallback();
    m_apLost = ApLostCallback();
    m_dataChannel->Dispose();
    m_dataChannel = nullptr;
    Object::DoDispose();
}

void
CapwapAc::Start(Ptr<Node> node,
                Ipv4Address address,
                const std::string& acName,
                const std::map<uint8_t, Wlan>* wlans)
{
    NS_LOG_FUNCTION(this << node << address << acName);
    m_node = node;
    m_address = address;
    m_acName = acName;
    m_wlans = wlans;
    TypeId udp = UdpSocketFactory::GetTypeId();
    m_control = Socket::CreateSocket(node, udp);
    NS_ABORT_MSG_IF(m_control->Bind(InetSocketAddress(address, capwap::CONTROL_PORT)) != 0,
                    "CapwapAc " << acName << ": cannot bind " << address << ":"
                                << capwap::CONTROL_PORT
                                << " (is the management address on one of the node's interfaces?)");
    m_control->SetRecvCallback(MakeCallback(&CapwapAc::ReceiveControl, this));
    m_dataChannel->Open(node, address, &m_aps, m_swapFrameControl);
    m_dataChannel->SetDropFunction(
        [this](Ptr<const Packet> packet, const std::string& reason) { Drop(packet, reason); });
    m_dataChannel->SetKeepAliveFunction([this](Mac48Address apMac, bool first) {
        Heard(apMac);
        if (first)
        {
            ConfigureWlan(*m_aps.FindByMac(apMac));
        }
    });
}

void
CapwapAc::Stop()
{
    for (auto& [mac, session] : m_sessions)
    {
        session->deadTimer.Cancel();
        session->requests.Clear();
    }
    m_sessions.clear();
    m_aps = ApTable();
    if (m_control)
    {
        m_control->Close();
        m_control = nullptr;
    }
    m_dataChannel->Close();
}

void
CapwapAc::SetApJoinedCallback(ApCallback cb)
{
    m_apJoined = cb;
}

void
CapwapAc::SetApLostCallback(ApLostCallback cb)
{
    m_apLost = cb;
}

void
CapwapAc::SetAssociationCallback(AssociationCallback cb)
{
    m_dataChannel->SetAssociationCallback(cb);
}

void
CapwapAc::SetFrameCallback(FrameCallback cb)
{
    m_dataChannel->SetFrameCallback(cb);
}

void
CapwapAc::SetAuthenticationCallback(AcDataChannel::AuthenticationCallback cb)
{
    m_dataChannel->SetAuthenticationCallback(cb);
}

bool
CapwapAc::SendManagement(Mac48Address apMac,
                         uint8_t radioId,
                         uint8_t subtype,
                         Mac48Address bssid,
                         Mac48Address station,
                         const std::vector<uint8_t>& body)
{
    return m_dataChannel->SendManagement(apMac, radioId, subtype, bssid, station, body);
}

bool
CapwapAc::SendToStation(Mac48Address apMac,
                        uint8_t radioId,
                        Mac48Address bssid,
                        Ptr<const Packet> payload,
                        Mac48Address source,
                        Mac48Address destination,
                        uint16_t etherType)
{
    return m_dataChannel
        ->SendToStation(apMac, radioId, bssid, payload, source, destination, etherType);
}

void
CapwapAc::SetStationCount(std::function<uint16_t()> count)
{
    m_stationCount = std::move(count);
}

const ApTable&
CapwapAc::GetApTable() const
{
    return m_aps;
}

const std::map<std::string, uint64_t>&
CapwapAc::GetDrops() const
{
    return m_drops;
}

CapwapMessageElement
CapwapAc::AcDescriptor() const
{
    CapwapAcDescriptorElement descriptor;
    descriptor.stations = m_stationCount ? m_stationCount() : 0;
    descriptor.limit = 2000;
    descriptor.activeWtps = static_cast<uint16_t>(m_aps.GetN());
    descriptor.maxWtps = m_maxWtps;
    descriptor.acInformation.push_back(
        {0, CapwapAcDescriptorElement::HARDWARE_VERSION, "ns-3 wlc"});
    descriptor.acInformation.push_back(
        {0, CapwapAcDescriptorElement::SOFTWARE_VERSION, "8.10.0.0"});
    return descriptor.ToElement();
}

void
CapwapAc::ReceiveControl(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        CapwapControlMessage message;
        std::string why;
        if (!CapwapControlMessage::Decode(ByteReader::PacketBytes(packet), message, why))
        {
            Drop(packet, "malformed control message: " + why);
            continue;
        }
        NS_LOG_LOGIC(m_acName << " <- " << InetSocketAddress::ConvertFrom(from).GetIpv4() << " "
                              << message);
        if (message.Is(CapwapMessageType::DISCOVERY_REQUEST))
        {
            HandleDiscovery(message, from);
            continue;
        }
        if (message.Is(CapwapMessageType::JOIN_REQUEST))
        {
            HandleJoin(message, from);
            continue;
        }
        const ApEntry* ap = m_aps.FindByIp(InetSocketAddress::ConvertFrom(from).GetIpv4());
        if (!ap)
        {
            Drop(packet, "control message from an AP that has not joined");
            continue;
        }
        Mac48Address apMac = ap->ethernetMac;
        Heard(apMac);
        if (!message.IsRequest())
        {
            if (!m_sessions.at(apMac)->requests.HandleResponse(message))
            {
                Drop(packet, "response that matches no outstanding request");
            }
            continue;
        }
        HandleApRequest(*ap, message);
    }
}

void
CapwapAc::HandleDiscovery(const CapwapControlMessage& request, const Address& from)
{
    CapwapControlMessage response(CapwapMessageType::DISCOVERY_RESPONSE,
                                  request.GetSequenceNumber());
    response.Add(AcDescriptor());
    CapwapAcNameElement name;
    name.name = m_acName;
    response.Add(name);
    CapwapControlIpv4AddressElement control;
    control.ipAddress = m_address;
    control.wtpCount = static_cast<uint16_t>(m_aps.GetN());
    response.Add(control);
    // echo the WTP's radios (RFC 5416 §3.3)
    for (const auto& element : request.FindAll(Ieee80211WtpRadioInformationElement::TYPE))
    {
        response.Add(element);
    }
    m_control->SendTo(response.ToPacket(), 0, from);
}

void
CapwapAc::HandleJoin(const CapwapControlMessage& request, const Address& from)
{
    InetSocketAddress source = InetSocketAddress::ConvertFrom(from);
    CapwapControlMessage response(CapwapMessageType::JOIN_RESPONSE, request.GetSequenceNumber());
    std::string why;
    CapwapWtpNameElement name;
    CapwapWtpBoardDataElement board;
    CapwapSessionIdElement session;
    CapwapLocationDataElement location;
    CapwapWtpDescriptorElement descriptor;
    Ieee80211WtpRadioInformationElement radio;
    CapwapResultCode code = CapwapResultCode::SUCCESS;
    if (!request.Get(name, why) || !request.Get(board, why) || !request.Get(session, why) ||
        !request.Get(location, why) || !request.Get(descriptor, why) || !request.Get(radio, why))
    {
        code = CapwapResultCode::FAILURE_MISSING_MANDATORY_ELEMENT;
    }
    else if (!board.hasBaseMacAddress)
    {
        why = "WTP Board Data has no Base MAC Address";
        code = CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA;
    }
    else if (const ApEntry* other = m_aps.FindByName(name.name);
             other && other->ethernetMac != board.baseMacAddress)
    {
        why = "another AP already joined with the name " + name.name;
        code = CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA;
    }
    else if (m_aps.GetN() >= m_maxWtps && !m_aps.FindByMac(board.baseMacAddress))
    {
        why = "Max WTPs reached";
        code = CapwapResultCode::JOIN_FAILURE_RESOURCE_DEPLETION;
    }
    if (code != CapwapResultCode::SUCCESS)
    {
        NS_LOG_INFO(m_acName << ": join of " << source.GetIpv4() << " refused: " << why);
        response.Add(Result(code));
        m_control->SendTo(response.ToPacket(), 0, from);
        return;
    }
    if (m_aps.FindByMac(board.baseMacAddress) || m_aps.FindByIp(source.GetIpv4()))
    {
        // the AP restarted: its old session is gone
        Mac48Address old = m_aps.FindByMac(board.baseMacAddress)
                               ? board.baseMacAddress
                               : m_aps.FindByIp(source.GetIpv4())->ethernetMac;
        RemoveAp(old, "the AP joined again");
    }
    ApEntry entry;
    entry.name = name.name;
    entry.ethernetMac = board.baseMacAddress;
    entry.ip = source.GetIpv4();
    entry.controlPort = source.GetPort();
    entry.model = board.modelNumber;
    entry.serial = board.serialNumber;
    entry.location = location.location;
    entry.radios = descriptor.radiosInUse;
    entry.radioType = radio.radioType;
    entry.sessionId = session.sessionId;
    entry.state = ApSessionState::JOIN;
    entry.joinedAt = Simulator::Now();
    entry.lastHeard = Simulator::Now();
    m_aps.Insert(entry);
    auto state = std::make_unique<Session>();
    state->requests.SetTimers(m_retransmitInterval, m_maxRetransmit);
    Mac48Address apMac = entry.ethernetMac;
    state->requests.SetSendFunction([this, apMac](Ptr<Packet> packet) {
        if (const ApEntry* ap = m_aps.FindByMac(apMac))
        {
            m_control->SendTo(packet, 0, InetSocketAddress(ap->ip, ap->controlPort));
        }
    });
    m_sessions[apMac] = std::move(state);
    m_apStateTrace(entry.name, ApSessionState::JOIN);
    Heard(apMac);
    NS_LOG_INFO(m_acName << ": " << entry.name << " (" << entry.ethernetMac << ", " << entry.ip
                         << ") joined");

    response.Add(Result(CapwapResultCode::SUCCESS));
    response.Add(AcDescriptor());
    CapwapAcNameElement acName;
    acName.name = m_acName;
    response.Add(acName);
    response.Add(radio);
    CapwapEcnSupportElement ecn;
    response.Add(ecn);
    CapwapControlIpv4AddressElement control;
    control.ipAddress = m_address;
    control.wtpCount = static_cast<uint16_t>(m_aps.GetN());
    response.Add(control);
    CapwapLocalIpv4AddressElement local;
    local.ipAddress = m_address;
    response.Add(local);
    SendControl(entry, response);
}

void
CapwapAc::HandleApRequest(const ApEntry& ap, const CapwapControlMessage& request)
{
    Session& session = *m_sessions.at(ap.ethernetMac);
    auto cached = session.lastResponse.find(request.GetMessageType());
    if (cached != session.lastResponse.end() && cached->second.first == request.GetSequenceNumber())
    {
        const auto& bytes = cached->second.second;
        m_control->SendTo(Create<Packet>(bytes.data(), bytes.size()),
                          0,
                          InetSocketAddress(ap.ip, ap.controlPort));
        return;
    }
    CapwapControlMessage response(request.GetMessageType() + 1, request.GetSequenceNumber());
    if (request.Is(CapwapMessageType::CONFIGURATION_STATUS_REQUEST))
    {
        CapwapTimersElement timers;
        timers.discovery = static_cast<uint8_t>(m_maxDiscoveryInterval.GetSeconds());
        timers.echoRequest = static_cast<uint8_t>(m_echoInterval.GetSeconds());
        response.Add(timers);
        CapwapDecryptionErrorReportPeriodElement period;
        period.radioId = 1;
        response.Add(period);
        CapwapIdleTimeoutElement idle;
        idle.timeout = static_cast<uint32_t>(m_idleTimeout.GetSeconds());
        response.Add(idle);
        CapwapWtpFallbackElement fallback;
        response.Add(fallback);
        std::string why;
        Ieee80211OfdmControlElement ofdm;
        Ieee80211DirectSequenceControlElement dsss;
        uint16_t channel = request.Get(ofdm, why)   ? ofdm.currentChannel
                           : request.Get(dsss, why) ? dsss.currentChannel
                                                    : 0;
        m_aps.Modify(ap.ethernetMac, [channel](ApEntry& entry) { entry.channel = channel; });
        SetApState(ap.ethernetMac, ApSessionState::CONFIGURE);
    }
    else if (request.Is(CapwapMessageType::CHANGE_STATE_EVENT_REQUEST))
    {
        if (ap.state == ApSessionState::CONFIGURE)
        {
            SetApState(ap.ethernetMac, ApSessionState::DATA_CHECK);
        }
    }
    else if (request.Is(CapwapMessageType::ECHO_REQUEST) ||
             request.Is(CapwapMessageType::WTP_EVENT_REQUEST))
    {
        // nothing to add: the session is alive (Heard)
    }
    else
    {
        response.Add(Result(CapwapResultCode::MESSAGE_UNEXPECTED_UNRECOGNIZED_REQUEST));
    }
    std::vector<uint8_t> bytes = response.Encode();
    session.lastResponse[request.GetMessageType()] = {request.GetSequenceNumber(), bytes};
    m_control->SendTo(Create<Packet>(bytes.data(), bytes.size()),
                      0,
                      InetSocketAddress(ap.ip, ap.controlPort));
}

void
CapwapAc::ConfigureWlan(const ApEntry& ap)
{
    Mac48Address apMac = ap.ethernetMac;
    if (!m_wlans || m_wlans->empty())
    {
        SetApState(apMac, ApSessionState::RUN);
        return;
    }
    const Wlan& wlan = m_wlans->begin()->second;
    CapwapControlMessage request(WLAN_CONFIGURATION_REQUEST, 0);
    Ieee80211AddWlanElement add;
    add.radioId = 1;
    add.wlanId = wlan.id;
    add.ssid = wlan.ssid;
    add.suppressSsid = 1; // RFC 5416 §6.1: 1 advertises the SSID, 0 suppresses it
    add.authType = Ieee80211AddWlanElement::AUTH_OPEN_SYSTEM;
    add.macMode = Ieee80211AddWlanElement::MAC_MODE_LOCAL;
    add.tunnelMode = Ieee80211AddWlanElement::TUNNEL_80211;
    if (wlan.security != WlanSecurity::OPEN)
    {
        add.capability |= Ieee80211AddWlanElement::CAPABILITY_P; // privacy
    }
    request.Add(add);
    if (wlan.fastTransition)
    {
        // 802.11r: the WLAN's Mobility Domain element, for Beacons and Probe Responses
        Ieee80211InformationElement mde;
        mde.radioId = 1;
        mde.wlanId = wlan.id;
        mde.beacon = true;
        mde.probeResponse = true;
        mde.informationElement = MobilityDomainElement(wlan.mobilityDomain, false, false).Encode();
        request.Add(mde);
    }
    SendRequest(apMac, request, [this, apMac](const CapwapControlMessage& response) {
        Ieee80211AssignedWtpBssidElement assigned;
        std::string why;
        if (!Succeeded(response) || !response.Get(assigned, why))
        {
            RemoveAp(apMac, "the AP refused the WLAN configuration");
            return;
        }
        m_aps.Modify(apMac, [&assigned](ApEntry& entry) { entry.radioMac = assigned.bssid; });
        SetApState(apMac, ApSessionState::RUN);
        if (!m_apJoined.IsNull())
        {
            m_apJoined(*m_aps.FindByMac(apMac));
        }
    });
}

void
CapwapAc::AddStation(Mac48Address apMac,
                     const ClientEntry& client,
                     uint16_t capabilities,
                     std::function<void(bool)> done)
{
    CapwapControlMessage request(CapwapMessageType::STATION_CONFIGURATION_REQUEST, 0);
    CapwapAddStationElement add;
    add.radioId = client.radioId;
    add.macAddress = client.mac;
    request.Add(add);
    Ieee80211StationElement station;
    station.radioId = client.radioId;
    station.associationId = client.associationId;
    station.macAddress = client.mac;
    station.capabilities = capabilities;
    station.wlanId = client.wlanId;
    for (double rate : client.supportedRates)
    {
        station.supportedRates.push_back(static_cast<uint8_t>(rate * 2));
    }
    if (station.supportedRates.empty())
    {
        station.supportedRates.push_back(12); // 6 Mb/s
    }
    request.Add(station);
    SendRequest(
        apMac,
        request,
        [done](const CapwapControlMessage& response) { done(Succeeded(response)); },
        [done]() { done(false); });
}

void
CapwapAc::DeleteStation(Mac48Address apMac, uint8_t radioId, Mac48Address station)
{
    if (!m_aps.FindByMac(apMac))
    {
        return;
    }
    CapwapControlMessage request(CapwapMessageType::STATION_CONFIGURATION_REQUEST, 0);
    CapwapDeleteStationElement del;
    del.radioId = radioId;
    del.macAddress = station;
    request.Add(del);
    SendRequest(apMac, request, [](const CapwapControlMessage&) {});
}

bool
CapwapAc::ResetAp(const std::string& name)
{
    const ApEntry* ap = m_aps.FindByName(name);
    if (!ap)
    {
        return false;
    }
    Mac48Address apMac = ap->ethernetMac;
    CapwapControlMessage request(CapwapMessageType::RESET_REQUEST, 0);
    // Image Identifier (RFC 5415 §4.6.27): Vendor Identifier, then the image's name
    ByteWriter image;
    image.WriteU32(0);
    image.WriteString("8.10.0.0");
    request.Add(CapwapMessageElement(static_cast<uint16_t>(CapwapElementType::IMAGE_IDENTIFIER),
                                     image.GetBytes()));
    SendRequest(apMac, request, [this, apMac](const CapwapControlMessage&) {
        RemoveAp(apMac, "reset by the controller");
    });
    return true;
}

void
CapwapAc::SendControl(const ApEntry& ap, const CapwapControlMessage& message)
{
    m_control->SendTo(message.ToPacket(), 0, InetSocketAddress(ap.ip, ap.controlPort));
}

void
CapwapAc::SendRequest(Mac48Address apMac,
                      CapwapControlMessage request,
                      CapwapRequestQueue::ResponseFunction onResponse,
                      std::function<void()> onFailure)
{
    auto it = m_sessions.find(apMac);
    if (it == m_sessions.end())
    {
        if (onFailure)
        {
            onFailure();
        }
        return;
    }
    std::string name = CapwapMessageTypeName(request.GetMessageType());
    it->second->requests.Send(std::move(request),
                              std::move(onResponse),
                              [this, apMac, name, onFailure]() {
                                  if (onFailure)
                                  {
                                      onFailure();
                                  }
                                  RemoveAp(apMac, "no response to " + name);
                              });
}

void
CapwapAc::Heard(Mac48Address apMac)
{
    auto it = m_sessions.find(apMac);
    if (it == m_sessions.end())
    {
        return;
    }
    m_aps.Modify(apMac, [](ApEntry& entry) { entry.lastHeard = Simulator::Now(); });
    it->second->deadTimer.Cancel();
    it->second->deadTimer = Simulator::Schedule(m_neighborDeadInterval, [this, apMac]() {
        RemoveAp(apMac, "no message for NeighborDeadInterval");
    });
}

void
CapwapAc::SetApState(Mac48Address apMac, ApSessionState state)
{
    const ApEntry* ap = m_aps.FindByMac(apMac);
    if (!ap || ap->state == state)
    {
        return;
    }
    m_aps.Modify(apMac, [state](ApEntry& entry) { entry.state = state; });
    m_apStateTrace(ap->name, state);
}

void
CapwapAc::RemoveAp(Mac48Address apMac, const std::string& reason)
{
    const ApEntry* ap = m_aps.FindByMac(apMac);
    if (!ap)
    {
        return;
    }
    NS_LOG_INFO(m_acName << ": " << ap->name << " lost: " << reason);
    ApEntry copy = *ap;
    auto it = m_sessions.find(apMac);
    if (it != m_sessions.end())
    {
        it->second->deadTimer.Cancel();
        it->second->requests.Clear();
        // the session may be running one of its own callbacks: free it afterwards
        Simulator::ScheduleNow([session = std::shared_ptr<Session>(std::move(it->second))]() {});
        m_sessions.erase(it);
    }
    m_aps.Erase(apMac);
    if (!m_apLost.IsNull())
    {
        m_apLost(copy, reason);
    }
}

void
CapwapAc::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC(m_acName << " drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(packet, reason);
}

} // namespace ns3
