/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-wtp.h"

#include "ns3/boolean.h"
#include "ns3/byte-reader.h"
#include "ns3/capwap-descriptor-elements.h"
#include "ns3/capwap-elements.h"
#include "ns3/capwap-ieee80211-elements.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4-address.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-net-device.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapWtp");
NS_OBJECT_ENSURE_REGISTERED(CapwapWtp);

namespace
{

/// \param type a message type \return its number
constexpr uint32_t
Type(CapwapMessageType type)
{
    return static_cast<uint32_t>(type);
}

/// IEEE 802.11 WLAN Configuration Request and Response (RFC 5416 §3.1).
constexpr uint32_t WLAN_CONFIGURATION_REQUEST = 3398913;

} // namespace

TypeId
CapwapWtp::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::CapwapWtp")
            .SetParent<Application>()
            .SetGroupName("Wlc")
            .AddConstructor<CapwapWtp>()
            .AddAttribute("AcAddress",
                          "Address of the controller to discover (statically configured, as "
                          "with DHCP option 43).",
                          Ipv4AddressValue(Ipv4Address::GetBroadcast()),
                          MakeIpv4AddressAccessor(&CapwapWtp::m_acAddress),
                          MakeIpv4AddressChecker())
            .AddAttribute("Name",
                          "WTP Name (the AP name the controller shows).",
                          StringValue("AP"),
                          MakeStringAccessor(&CapwapWtp::m_name),
                          MakeStringChecker())
            .AddAttribute("Location",
                          "Location Data.",
                          StringValue("default location"),
                          MakeStringAccessor(&CapwapWtp::m_location),
                          MakeStringChecker())
            .AddAttribute("Model",
                          "WTP Model Number.",
                          StringValue("NS3-LWAP-1"),
                          MakeStringAccessor(&CapwapWtp::m_model),
                          MakeStringChecker())
            .AddAttribute("SerialNumber",
                          "WTP Serial Number.",
                          StringValue("NS3000001"),
                          MakeStringAccessor(&CapwapWtp::m_serial),
                          MakeStringChecker())
            .AddAttribute("SoftwareVersion",
                          "Active software version in the WTP Descriptor.",
                          StringValue("8.10.0.0"),
                          MakeStringAccessor(&CapwapWtp::m_softwareVersion),
                          MakeStringChecker())
            .AddAttribute("SwapFrameControl",
                          "Send the Frame Control field of tunnelled 802.11 frames byte-swapped, "
                          "as Cisco APs do (Wireshark's default).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&CapwapWtp::m_swapFrameControl),
                          MakeBooleanChecker())
            .AddAttribute("DiscoveryInterval",
                          "DiscoveryInterval (RFC 5415 §4.7): time to collect Discovery "
                          "Responses before joining.",
                          TimeValue(Seconds(capwap::DISCOVERY_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_discoveryInterval),
                          MakeTimeChecker())
            .AddAttribute("MaxDiscoveryInterval",
                          "MaxDiscoveryInterval: the first Discovery Request waits a random time "
                          "up to this.",
                          TimeValue(Seconds(capwap::MAX_DISCOVERY_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_maxDiscoveryInterval),
                          MakeTimeChecker())
            .AddAttribute("MaxDiscoveries",
                          "MaxDiscoveries: Discovery Requests before sulking.",
                          UintegerValue(capwap::MAX_DISCOVERIES),
                          MakeUintegerAccessor(&CapwapWtp::m_maxDiscoveries),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("SilentInterval",
                          "SilentInterval: time spent sulking.",
                          TimeValue(Seconds(capwap::SILENT_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_silentInterval),
                          MakeTimeChecker())
            .AddAttribute("EchoInterval",
                          "EchoInterval: time between Echo Requests in Run (the controller may "
                          "change it in CAPWAP Timers).",
                          TimeValue(Seconds(capwap::ECHO_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_echoInterval),
                          MakeTimeChecker())
            .AddAttribute("RetransmitInterval",
                          "RetransmitInterval: time before a request is sent again.",
                          TimeValue(Seconds(capwap::RETRANSMIT_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_retransmitInterval),
                          MakeTimeChecker())
            .AddAttribute("MaxRetransmit",
                          "MaxRetransmit: retransmissions of a request before the session is "
                          "given up.",
                          UintegerValue(capwap::MAX_RETRANSMIT),
                          MakeUintegerAccessor(&CapwapWtp::m_maxRetransmit),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("DataChannelKeepAlive",
                          "DataChannelKeepAlive: time between data channel keep-alives.",
                          TimeValue(Seconds(capwap::DATA_CHANNEL_KEEP_ALIVE)),
                          MakeTimeAccessor(&CapwapWtp::m_keepAliveInterval),
                          MakeTimeChecker())
            .AddAttribute("DataChannelDeadInterval",
                          "DataChannelDeadInterval: silence of the data channel after which the "
                          "session is given up.",
                          TimeValue(Seconds(capwap::DATA_CHANNEL_DEAD_INTERVAL)),
                          MakeTimeAccessor(&CapwapWtp::m_deadInterval),
                          MakeTimeChecker())
            .AddAttribute("WaitJoin",
                          "WaitJoin: time to reach Run after the Join Request.",
                          TimeValue(Seconds(capwap::WAIT_JOIN)),
                          MakeTimeAccessor(&CapwapWtp::m_waitJoin),
                          MakeTimeChecker())
            .AddAttribute("RebootTime",
                          "Time a reboot (Reset Request, or Reboot()) takes before discovery "
                          "starts again.",
                          TimeValue(Seconds(60)),
                          MakeTimeAccessor(&CapwapWtp::m_rebootTime),
                          MakeTimeChecker())
            .AddTraceSource("StateChanged",
                            "The WTP state changed.",
                            MakeTraceSourceAccessor(&CapwapWtp::m_stateTrace),
                            "ns3::CapwapWtp::StateTracedCallback")
            .AddTraceSource("StationAdded",
                            "The controller added a station (Add Station).",
                            MakeTraceSourceAccessor(&CapwapWtp::m_stationAddedTrace),
                            "ns3::CapwapWtp::StationTracedCallback")
            .AddTraceSource("StationDeleted",
                            "The controller deleted a station (Delete Station).",
                            MakeTraceSourceAccessor(&CapwapWtp::m_stationDeletedTrace),
                            "ns3::CapwapWtp::StationTracedCallback")
            .AddTraceSource("Drop",
                            "A packet was dropped, with the reason.",
                            MakeTraceSourceAccessor(&CapwapWtp::m_dropTrace),
                            "ns3::CapwapWtp::DropTracedCallback");
    return tid;
}

CapwapWtp::CapwapWtp()
    : m_dataChannel(CreateObject<WtpDataChannel>()),
      m_random(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

CapwapWtp::~CapwapWtp()
{
    NS_LOG_FUNCTION(this);
}

void
CapwapWtp::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_radio = nullptr; // the node disposes of its devices first
    TearDown();
    m_rebootTimer.Cancel();
    m_dataChannel->Dispose();
    m_dataChannel = nullptr;
    m_control = nullptr;
    Application::DoDispose();
}

int64_t
CapwapWtp::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

void
CapwapWtp::SetRadio(Ptr<WtpRadio> radio)
{
    m_radio = radio;
}

Ptr<WtpRadio>
CapwapWtp::GetRadio() const
{
    return m_radio;
}

void
CapwapWtp::SetWiredIdentity(Ipv4Address address, Mac48Address mac)
{
    m_address = address;
    m_mac = mac;
}

std::string
CapwapWtp::GetName() const
{
    return m_name;
}

CapwapWtp::State
CapwapWtp::GetState() const
{
    return m_state;
}

std::string
CapwapWtp::StateName(State state)
{
    switch (state)
    {
    case State::IDLE:
        return "Idle";
    case State::DISCOVERY:
        return "Discovery";
    case State::SULKING:
        return "Sulking";
    case State::JOIN:
        return "Join";
    case State::CONFIGURE:
        return "Configure";
    case State::DATA_CHECK:
        return "Data Check";
    case State::RUN:
        return "Run";
    case State::REBOOTING:
        return "Rebooting";
    }
    return "Unknown";
}

std::ostream&
operator<<(std::ostream& os, CapwapWtp::State state)
{
    return os << CapwapWtp::StateName(state);
}

const std::set<Mac48Address>&
CapwapWtp::GetStations() const
{
    return m_dataChannel->GetStations();
}

const std::map<std::string, uint64_t>&
CapwapWtp::GetDrops() const
{
    return m_drops;
}

void
CapwapWtp::SetState(State state)
{
    if (state == m_state)
    {
        return;
    }
    NS_LOG_INFO(m_name << " " << StateName(m_state) << " -> " << StateName(state));
    State old = m_state;
    m_state = state;
    m_stateTrace(old, state);
}

void
CapwapWtp::StartApplication()
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_UNLESS(m_radio, "CapwapWtp " << m_name << ": no radio (use LightweightApHelper)");
    NS_ABORT_MSG_IF(m_address == Ipv4Address(),
                    "CapwapWtp " << m_name << ": no wired address (use LightweightApHelper)");
    m_requests.SetSendFunction([this](Ptr<Packet> packet) {
        m_control->SendTo(packet, 0, InetSocketAddress(m_joinedAc, capwap::CONTROL_PORT));
    });
    m_requests.SetTimers(m_retransmitInterval, m_maxRetransmit);
    TypeId udp = UdpSocketFactory::GetTypeId();
    m_control = Socket::CreateSocket(GetNode(), udp);
    m_control->SetAllowBroadcast(true);
    m_control->Bind(InetSocketAddress(m_address, 0));
    m_control->SetRecvCallback(MakeCallback(&CapwapWtp::ReceiveControl, this));
    m_dataChannel->Open(GetNode(), m_address, m_radio, m_swapFrameControl);
    m_dataChannel->SetDropFunction(
        [this](Ptr<const Packet> packet, const std::string& reason) { Drop(packet, reason); });
    StartDiscovery();
}

void
CapwapWtp::StopApplication()
{
    NS_LOG_FUNCTION(this);
    TearDown();
    m_rebootTimer.Cancel();
    if (m_control)
    {
        m_control->Close();
        m_dataChannel->Close();
    }
    SetState(State::IDLE);
}

void
CapwapWtp::TearDown()
{
    m_requests.Clear();
    m_lastResponse.clear();
    m_discoveryTimer.Cancel();
    m_echoTimer.Cancel();
    m_waitJoinTimer.Cancel();
    for (const auto& station : m_dataChannel->GetStations())
    {
        m_stationDeletedTrace(station);
    }
    m_dataChannel->Stop();
    m_wlanId = 0;
    if (m_radio)
    {
        m_radio->Disable();
    }
}

void
CapwapWtp::StartDiscovery()
{
    NS_LOG_FUNCTION(this);
    SetState(State::DISCOVERY);
    m_discoveries = 0;
    m_gotDiscoveryResponse = false;
    // RFC 5415 §4.7: wait a random time, up to MaxDiscoveryInterval, before the first request
    Time jitter = Seconds(m_random->GetValue(0, m_maxDiscoveryInterval.GetSeconds()));
    m_discoveryTimer = Simulator::Schedule(jitter, &CapwapWtp::SendDiscoveryRequest, this);
}

void
CapwapWtp::SendDiscoveryRequest()
{
    NS_LOG_FUNCTION(this);
    m_discoveries++;
    CapwapControlMessage request = NewMessage(Type(CapwapMessageType::DISCOVERY_REQUEST));
    request.SetSequenceNumber(m_discoverySequence++);
    CapwapDiscoveryTypeElement discoveryType;
    discoveryType.discoveryType = m_acAddress.IsBroadcast()
                                      ? CapwapDiscoveryTypeElement::UNKNOWN
                                      : CapwapDiscoveryTypeElement::STATIC_CONFIGURATION;
    request.Add(discoveryType);
    AddWtpIdentity(request);
    m_control->SendTo(request.ToPacket(), 0, InetSocketAddress(m_acAddress, capwap::CONTROL_PORT));
    m_discoveryTimer = Simulator::Schedule(m_discoveryInterval, &CapwapWtp::DiscoveryTimeout, this);
}

void
CapwapWtp::DiscoveryTimeout()
{
    if (m_gotDiscoveryResponse)
    {
        SendJoinRequest();
        return;
    }
    if (m_discoveries < m_maxDiscoveries)
    {
        SendDiscoveryRequest();
        return;
    }
    NS_LOG_INFO(m_name << ": no controller answered " << m_discoveries
                       << " Discovery Requests, sulking");
    SetState(State::SULKING);
    m_discoveryTimer = Simulator::Schedule(m_silentInterval, &CapwapWtp::StartDiscovery, this);
}

void
CapwapWtp::AddWtpIdentity(CapwapControlMessage& message) const
{
    CapwapWtpBoardDataElement board;
    board.modelNumber = m_model;
    board.serialNumber = m_serial;
    board.hasBaseMacAddress = true;
    board.baseMacAddress = m_mac;
    message.Add(board);
    CapwapWtpDescriptorElement descriptor;
    descriptor.maxRadios = 1;
    descriptor.radiosInUse = 1;
    descriptor.encryption.push_back({capwap::WBID_IEEE80211, 0});
    descriptor.descriptors.push_back({0, CapwapWtpDescriptorElement::HARDWARE_VERSION, "1.0"});
    descriptor.descriptors.push_back(
        {0, CapwapWtpDescriptorElement::ACTIVE_SOFTWARE_VERSION, m_softwareVersion});
    descriptor.descriptors.push_back({0, CapwapWtpDescriptorElement::BOOT_VERSION, "1.0"});
    message.Add(descriptor);
    CapwapWtpFrameTunnelModeElement tunnel;
    tunnel.native = true;
    message.Add(tunnel);
    CapwapWtpMacTypeElement macType;
    macType.macType = CapwapWtpMacTypeElement::LOCAL_MAC;
    message.Add(macType);
    Ieee80211WtpRadioInformationElement radio;
    radio.radioId = m_radio->GetRadioId();
    radio.radioType = m_radio->GetRadioType();
    message.Add(radio);
}

CapwapControlMessage
CapwapWtp::NewMessage(uint32_t type) const
{
    return CapwapControlMessage(type, 0);
}

void
CapwapWtp::SendRequest(CapwapControlMessage request,
                       CapwapRequestQueue::ResponseFunction onResponse)
{
    std::string name = CapwapMessageTypeName(request.GetMessageType());
    m_requests.Send(std::move(request), std::move(onResponse), [this, name]() {
        SessionLost("no response to " + name);
    });
}

void
CapwapWtp::SendJoinRequest()
{
    NS_LOG_FUNCTION(this);
    SetState(State::JOIN);
    for (auto& byte : m_sessionId)
    {
        byte = static_cast<uint8_t>(m_random->GetInteger(0, 255));
    }
    CapwapControlMessage request = NewMessage(Type(CapwapMessageType::JOIN_REQUEST));
    CapwapLocationDataElement location;
    location.location = m_location;
    request.Add(location);
    AddWtpIdentity(request);
    CapwapWtpNameElement name;
    name.name = m_name;
    request.Add(name);
    CapwapSessionIdElement session;
    session.sessionId = m_sessionId;
    request.Add(session);
    CapwapEcnSupportElement ecn;
    request.Add(ecn);
    CapwapLocalIpv4AddressElement local;
    local.ipAddress = m_address;
    request.Add(local);
    m_waitJoinTimer = Simulator::Schedule(m_waitJoin, [this]() {
        if (m_state != State::RUN)
        {
            SessionLost("WaitJoin expired before Run");
        }
    });
    SendRequest(request, [this](const CapwapControlMessage& response) {
        CapwapResultCodeElement result;
        std::string why;
        const CapwapMessageElement* element = response.Find(CapwapResultCodeElement::TYPE);
        if (!element || !CapwapResultCodeElement::FromElement(*element, result, why))
        {
            SessionLost("Join Response without a valid Result Code");
            return;
        }
        if (result.resultCode != static_cast<uint32_t>(CapwapResultCode::SUCCESS) &&
            result.resultCode != static_cast<uint32_t>(CapwapResultCode::SUCCESS_NAT_DETECTED))
        {
            SessionLost("join refused, Result Code " + std::to_string(result.resultCode));
            return;
        }
        CapwapAcNameElement acName;
        element = response.Find(CapwapAcNameElement::TYPE);
        if (!element || !CapwapAcNameElement::FromElement(*element, acName, why))
        {
            SessionLost("Join Response without a valid AC Name");
            return;
        }
        m_acName = acName.name;
        SendConfigurationStatusRequest();
    });
}

void
CapwapWtp::SendConfigurationStatusRequest()
{
    NS_LOG_FUNCTION(this);
    SetState(State::CONFIGURE);
    CapwapControlMessage request =
        NewMessage(Type(CapwapMessageType::CONFIGURATION_STATUS_REQUEST));
    CapwapAcNameElement acName;
    acName.name = m_acName;
    request.Add(acName);
    CapwapRadioAdministrativeStateElement admin;
    admin.radioId = m_radio->GetRadioId();
    request.Add(admin);
    CapwapStatisticsTimerElement statistics;
    request.Add(statistics);
    // the radio's channel (RFC 5416 §6.5, §6.10)
    if (m_radio->GetRadioType() & Ieee80211WtpRadioInformationElement::RADIO_TYPE_A)
    {
        Ieee80211OfdmControlElement ofdm;
        ofdm.radioId = m_radio->GetRadioId();
        ofdm.currentChannel = static_cast<uint8_t>(m_radio->GetChannel());
        request.Add(ofdm);
    }
    else
    {
        Ieee80211DirectSequenceControlElement dsss;
        dsss.radioId = m_radio->GetRadioId();
        dsss.currentChannel = static_cast<uint8_t>(m_radio->GetChannel());
        request.Add(dsss);
    }
    CapwapWtpRebootStatisticsElement reboots;
    reboots.rebootCount = static_cast<uint16_t>(m_rebootCount);
    request.Add(reboots);
    SendRequest(request, [this](const CapwapControlMessage& response) {
        CapwapTimersElement timers;
        std::string why;
        const CapwapMessageElement* element = response.Find(CapwapTimersElement::TYPE);
        if (element && CapwapTimersElement::FromElement(*element, timers, why) &&
            timers.echoRequest > 0)
        {
            m_echoInterval = Seconds(timers.echoRequest);
        }
        SendChangeStateEventRequest();
    });
}

void
CapwapWtp::SendChangeStateEventRequest()
{
    NS_LOG_FUNCTION(this);
    SetState(State::DATA_CHECK);
    CapwapControlMessage request = NewMessage(Type(CapwapMessageType::CHANGE_STATE_EVENT_REQUEST));
    CapwapRadioOperationalStateElement operational;
    operational.radioId = m_radio->GetRadioId();
    request.Add(operational);
    request.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
    SendRequest(request, [this](const CapwapControlMessage&) {
        // Data Check: the controller's first keep-alive puts the session in Run
        m_dataChannel->Start(
            m_joinedAc,
            m_sessionId,
            m_keepAliveInterval,
            m_deadInterval,
            [this]() {
                m_waitJoinTimer.Cancel();
                SetState(State::RUN);
                m_echoTimer =
                    Simulator::Schedule(m_echoInterval, &CapwapWtp::SendEchoRequest, this);
            },
            [this](const std::string& reason) { SessionLost(reason); });
    });
}

void
CapwapWtp::SendEchoRequest()
{
    SendRequest(NewMessage(Type(CapwapMessageType::ECHO_REQUEST)),
                [this](const CapwapControlMessage&) {
                    m_echoTimer =
                        Simulator::Schedule(m_echoInterval, &CapwapWtp::SendEchoRequest, this);
                });
}

void
CapwapWtp::SessionLost(const std::string& reason)
{
    NS_LOG_INFO(m_name << ": session with " << m_joinedAc << " lost (" << reason << ")");
    TearDown();
    StartDiscovery();
}

void
CapwapWtp::Reboot()
{
    NS_LOG_FUNCTION(this);
    TearDown();
    m_rebootCount++;
    SetState(State::REBOOTING);
    m_rebootTimer = Simulator::Schedule(m_rebootTime, &CapwapWtp::StartDiscovery, this);
}

void
CapwapWtp::ReceiveControl(Ptr<Socket> socket)
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
        Ipv4Address source = InetSocketAddress::ConvertFrom(from).GetIpv4();
        NS_LOG_LOGIC(m_name << " <- " << source << " " << message);
        if (message.Is(CapwapMessageType::DISCOVERY_RESPONSE))
        {
            if (m_state == State::DISCOVERY && !m_gotDiscoveryResponse)
            {
                // the first controller that answers is the one we join
                m_gotDiscoveryResponse = true;
                m_joinedAc = source;
            }
            continue;
        }
        if (source != m_joinedAc || m_state == State::DISCOVERY || m_state == State::IDLE ||
            m_state == State::SULKING || m_state == State::REBOOTING)
        {
            Drop(packet, "control message from a controller we have no session with");
            continue;
        }
        if (!message.IsRequest())
        {
            if (!m_requests.HandleResponse(message))
            {
                Drop(packet, "response that matches no outstanding request");
            }
            continue;
        }
        HandleRequest(message);
    }
}

void
CapwapWtp::HandleRequest(const CapwapControlMessage& request)
{
    auto cached = m_lastResponse.find(request.GetMessageType());
    if (cached != m_lastResponse.end() && cached->second.first == request.GetSequenceNumber())
    {
        // a retransmitted request: answer again without acting again (RFC 5415 §4.5.3)
        Ptr<Packet> again =
            Create<Packet>(cached->second.second.data(), cached->second.second.size());
        m_control->SendTo(again, 0, InetSocketAddress(m_joinedAc, capwap::CONTROL_PORT));
        return;
    }
    CapwapControlMessage response(request.GetMessageType() + 1, request.GetSequenceNumber());
    if (request.GetMessageType() == WLAN_CONFIGURATION_REQUEST)
    {
        HandleWlanConfiguration(request, response);
    }
    else if (request.Is(CapwapMessageType::STATION_CONFIGURATION_REQUEST))
    {
        HandleStationConfiguration(request, response);
    }
    else if (request.Is(CapwapMessageType::RESET_REQUEST))
    {
        response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
        SendResponse(response);
        Reboot();
        return;
    }
    else if (request.Is(CapwapMessageType::CONFIGURATION_UPDATE_REQUEST))
    {
        response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
    }
    else
    {
        response.Add(
            CapwapResultCodeElement(CapwapResultCode::MESSAGE_UNEXPECTED_UNRECOGNIZED_REQUEST));
    }
    SendResponse(response);
}

void
CapwapWtp::SendResponse(const CapwapControlMessage& response)
{
    std::vector<uint8_t> bytes = response.Encode();
    m_lastResponse[response.GetMessageType() - 1] = {response.GetSequenceNumber(), bytes};
    m_control->SendTo(Create<Packet>(bytes.data(), bytes.size()),
                      0,
                      InetSocketAddress(m_joinedAc, capwap::CONTROL_PORT));
}

void
CapwapWtp::HandleWlanConfiguration(const CapwapControlMessage& request,
                                   CapwapControlMessage& response)
{
    std::string why;
    const CapwapMessageElement* element = request.Find(Ieee80211AddWlanElement::TYPE);
    Ieee80211AddWlanElement addWlan;
    if (!element)
    {
        response.Add(CapwapResultCodeElement(CapwapResultCode::FAILURE_MISSING_MANDATORY_ELEMENT));
        return;
    }
    if (!Ieee80211AddWlanElement::FromElement(*element, addWlan, why) ||
        addWlan.radioId != m_radio->GetRadioId())
    {
        response.Add(CapwapResultCodeElement(CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA));
        return;
    }
    if (m_wlanId != 0 && m_wlanId != addWlan.wlanId)
    {
        // one ns-3 ApWifiMac carries one SSID: one WLAN per radio in this model
        response.Add(CapwapResultCodeElement(CapwapResultCode::JOIN_FAILURE_RESOURCE_DEPLETION));
        return;
    }
    std::vector<uint8_t> mde;
    bool inBeacons = false;
    bool inProbeResponses = false;
    if (const CapwapMessageElement* ie = request.Find(Ieee80211InformationElement::TYPE))
    {
        // the controller's Mobility Domain element: the WLAN has 802.11r Fast Transition
        Ieee80211InformationElement info;
        MobilityDomainElement domain;
        if (!Ieee80211InformationElement::FromElement(*ie, info, why) ||
            info.radioId != m_radio->GetRadioId() || info.wlanId != addWlan.wlanId ||
            !MobilityDomainElement::Decode(info.informationElement, domain, why) ||
            info.informationElement.size() != 2u + MobilityDomainElement::LENGTH)
        {
            NS_LOG_WARN(m_name << ": WLAN configuration with an unusable IEEE 802.11 Information "
                                  "Element (only a Mobility Domain element is taken): "
                               << why);
            response.Add(CapwapResultCodeElement(CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA));
            return;
        }
        mde = info.informationElement;
        inBeacons = info.beacon;
        inProbeResponses = info.probeResponse;
    }
    m_wlanId = addWlan.wlanId;
    m_radio->Enable(Ssid(addWlan.ssid));
    m_radio->ConfigureFastTransition(mde, m_acName, inBeacons, inProbeResponses);
    NS_LOG_INFO(m_name << ": WLAN " << unsigned(m_wlanId) << " '" << addWlan.ssid << "' on radio "
                       << unsigned(addWlan.radioId) << ", BSSID " << m_radio->GetBssid());
    response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
    Ieee80211AssignedWtpBssidElement assigned;
    assigned.radioId = m_radio->GetRadioId();
    assigned.wlanId = m_wlanId;
    assigned.bssid = m_radio->GetBssid();
    response.Add(assigned);
}

void
CapwapWtp::HandleStationConfiguration(const CapwapControlMessage& request,
                                      CapwapControlMessage& response)
{
    std::string why;
    if (const CapwapMessageElement* element = request.Find(CapwapAddStationElement::TYPE))
    {
        CapwapAddStationElement add;
        if (!CapwapAddStationElement::FromElement(*element, add, why))
        {
            response.Add(CapwapResultCodeElement(CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA));
            return;
        }
        m_dataChannel->AddStation(add.macAddress);
        m_stationAddedTrace(add.macAddress);
        response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
        return;
    }
    if (const CapwapMessageElement* element = request.Find(CapwapDeleteStationElement::TYPE))
    {
        CapwapDeleteStationElement del;
        if (!CapwapDeleteStationElement::FromElement(*element, del, why))
        {
            response.Add(CapwapResultCodeElement(CapwapResultCode::JOIN_FAILURE_INCORRECT_DATA));
            return;
        }
        if (m_dataChannel->DeleteStation(del.macAddress))
        {
            m_stationDeletedTrace(del.macAddress);
        }
        m_radio->RemoveStation(del.macAddress);
        response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
        return;
    }
    response.Add(CapwapResultCodeElement(CapwapResultCode::FAILURE_MISSING_MANDATORY_ELEMENT));
}

void
CapwapWtp::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC(m_name << " drop: " << reason);
    m_drops[reason]++;
    m_dropTrace(packet, reason);
}

} // namespace ns3
