/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eap-peer-sm.h"

#include "wpa-crypto.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EapPeerSm");

EapPeerSm::EapPeerSm(const Config& config)
    : m_config(config),
      m_state(State::IDLE),
      m_round(0),
      m_rounds(0),
      m_haveLast(false),
      m_lastId(0),
      m_answered(0)
{
    NS_ABORT_MSG_IF(m_config.nonce.size() != EapModelledMethod::NONCE_SIZE,
                    "the EAP peer nonce must have 32 bytes");
    m_key = EapModelledMethod::PasswordKey(m_config.password, m_config.identity);
}

EapPeerSm::Result
EapPeerSm::Ignore(const std::string& reason)
{
    NS_LOG_DEBUG("EAP peer " << m_config.identity << " ignores a packet: " << reason);
    m_lastError = reason;
    Result result;
    result.action = Result::Action::IGNORED;
    result.reason = reason;
    return result;
}

EapPeerSm::Result
EapPeerSm::Fail(const std::string& reason)
{
    NS_LOG_DEBUG("EAP peer " << m_config.identity << " failed: " << reason);
    m_lastError = reason;
    m_state = State::FAILURE;
    Result result;
    result.action = Result::Action::FAILURE;
    result.reason = reason;
    return result;
}

EapPeerSm::Result
EapPeerSm::Send(const EapPacket& response, uint8_t id)
{
    m_haveLast = true;
    m_lastId = id;
    m_lastResponse = response.Encode();
    NS_LOG_DEBUG("EAP peer " << m_config.identity << " sends " << response.ToString());
    Result result;
    result.action = Result::Action::SEND;
    result.eap = m_lastResponse;
    return result;
}

EapPeerSm::Result
EapPeerSm::OnReceive(const std::vector<uint8_t>& eapPacket)
{
    NS_LOG_FUNCTION(this << eapPacket.size());
    EapPacket packet;
    std::string why;
    if (!EapPacket::Decode(eapPacket, packet, why))
    {
        return Ignore(why);
    }
    if (m_state == State::SUCCESS || m_state == State::FAILURE)
    {
        return Ignore("EAP-" + EapPacket::CodeName(packet.GetCode()) + " after the end");
    }
    switch (packet.GetCode())
    {
    case EapPacket::RESPONSE:
        return Ignore("an EAP-Response sent to the peer");
    case EapPacket::SUCCESS:
        if (m_state != State::VERIFIED)
        {
            return Ignore("EAP-Success before the server proved the password");
        }
        if (packet.GetIdentifier() != m_lastId)
        {
            return Ignore("EAP-Success with identifier " + std::to_string(packet.GetIdentifier()) +
                          ", not " + std::to_string(m_lastId));
        }
        {
            m_state = State::SUCCESS;
            Result result;
            result.action = Result::Action::SUCCESS;
            result.msk = m_msk;
            NS_LOG_DEBUG("EAP peer " << m_config.identity << " authenticated");
            return result;
        }
    case EapPacket::FAILURE:
        return Fail("EAP-Failure received");
    default:
        break;
    }
    // A Request: a retransmission of the last one is answered with the same Response (§4.1).
    if (m_haveLast && packet.GetIdentifier() == m_lastId)
    {
        NS_LOG_DEBUG("EAP peer " << m_config.identity << " answers a retransmitted request");
        Result result;
        result.action = Result::Action::SEND;
        result.eap = m_lastResponse;
        return result;
    }
    switch (packet.GetType())
    {
    case EapPacket::IDENTITY: {
        m_state = State::IDENTITY;
        m_round = 0;
        m_rounds = 0;
        m_serverNonce.clear();
        m_msk.clear();
        std::vector<uint8_t> identity(m_config.identity.begin(), m_config.identity.end());
        return Send(
            EapPacket(EapPacket::RESPONSE, packet.GetIdentifier(), EapPacket::IDENTITY, identity),
            packet.GetIdentifier());
    }
    case EapPacket::NOTIFICATION:
        return Send(
            EapPacket(EapPacket::RESPONSE, packet.GetIdentifier(), EapPacket::NOTIFICATION, {}),
            packet.GetIdentifier());
    case EapPacket::EXPERIMENTAL:
        return OnMethodRequest(packet);
    case EapPacket::NAK:
        return Ignore("an EAP-Request of type Nak");
    default:
        // Legacy Nak proposing the modelled method (RFC 3748 §5.3.1).
        return Send(EapPacket(EapPacket::RESPONSE,
                              packet.GetIdentifier(),
                              EapPacket::NAK,
                              {EapPacket::EXPERIMENTAL}),
                    packet.GetIdentifier());
    }
}

EapPeerSm::Result
EapPeerSm::OnMethodRequest(const EapPacket& request)
{
    if (m_state != State::IDENTITY && m_state != State::METHOD)
    {
        return Ignore("method request in state " + StateName(m_state));
    }
    ByteReader reader(request.GetTypeData());
    uint8_t round = reader.ReadU8();
    uint8_t rounds = reader.ReadU8();
    uint16_t responseSize = reader.ReadU16();
    if (!reader.IsOk())
    {
        return Ignore("method request shorter than its header");
    }
    if (rounds < EapModelledMethod::MIN_ROUNDS)
    {
        return Ignore("method with " + std::to_string(rounds) + " rounds");
    }
    if (round != m_round + 1 || (m_rounds != 0 && rounds != m_rounds) || round > rounds)
    {
        return Ignore("method round " + std::to_string(round) + "/" + std::to_string(rounds) +
                      " after round " + std::to_string(m_round));
    }
    if (responseSize < EapModelledMethod::MinResponseSize(round, rounds))
    {
        return Ignore("response size " + std::to_string(responseSize) + " too small for round " +
                      std::to_string(round));
    }
    std::vector<uint8_t> serverNonce = m_serverNonce;
    if (round == 1)
    {
        serverNonce = reader.ReadBytes(EapModelledMethod::NONCE_SIZE);
    }
    std::vector<uint8_t> serverProof;
    if (round == rounds)
    {
        serverProof = reader.ReadBytes(EapModelledMethod::PROOF_SIZE);
    }
    if (!reader.IsOk())
    {
        return Ignore("method request " + std::to_string(round) + " truncated");
    }
    if (round == rounds)
    {
        auto expected = EapModelledMethod::ServerProof(m_key, serverNonce, m_config.nonce);
        if (!WpaCrypto::ConstantTimeEqual(serverProof, expected))
        {
            return Fail("bad server proof");
        }
        m_msk = EapModelledMethod::Msk(m_key, serverNonce, m_config.nonce);
        m_state = State::VERIFIED;
    }
    else
    {
        m_state = State::METHOD;
    }
    m_serverNonce = serverNonce;
    m_round = round;
    m_rounds = rounds;
    ++m_answered;
    ByteWriter data;
    if (round == 1)
    {
        data.WriteBytes(m_config.nonce);
    }
    if (round + 1 == rounds)
    {
        data.WriteBytes(EapModelledMethod::PeerProof(m_key, serverNonce, m_config.nonce));
    }
    std::vector<uint8_t> typeData = data.GetBytes();
    typeData.resize(responseSize - EapModelledMethod::EAP_PREFIX, 0);
    return Send(
        EapPacket(EapPacket::RESPONSE, request.GetIdentifier(), EapPacket::EXPERIMENTAL, typeData),
        request.GetIdentifier());
}

EapPeerSm::State
EapPeerSm::GetState() const
{
    return m_state;
}

std::string
EapPeerSm::StateName(State state)
{
    switch (state)
    {
    case State::IDLE:
        return "IDLE";
    case State::IDENTITY:
        return "IDENTITY";
    case State::METHOD:
        return "METHOD";
    case State::VERIFIED:
        return "VERIFIED";
    case State::SUCCESS:
        return "SUCCESS";
    case State::FAILURE:
        return "FAILURE";
    }
    return "?";
}

std::string
EapPeerSm::ActionName(Result::Action action)
{
    switch (action)
    {
    case Result::Action::SEND:
        return "SEND";
    case Result::Action::SUCCESS:
        return "SUCCESS";
    case Result::Action::FAILURE:
        return "FAILURE";
    case Result::Action::IGNORED:
        return "IGNORED";
    }
    return "?";
}

const std::vector<uint8_t>&
EapPeerSm::GetMsk() const
{
    return m_msk;
}

uint32_t
EapPeerSm::GetRoundsAnswered() const
{
    return m_answered;
}

const std::string&
EapPeerSm::GetLastError() const
{
    return m_lastError;
}

} // namespace ns3
