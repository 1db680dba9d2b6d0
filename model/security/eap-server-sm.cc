/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eap-server-sm.h"

#include "wpa-crypto.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("EapServerSm");

EapServerSm::EapServerSm(const Config& config)
    : m_config(config),
      m_state(State::WAIT_IDENTITY),
      m_id(0),
      m_round(0),
      m_rounds(0),
      m_sent(0)
{
    NS_ABORT_MSG_IF(m_config.nonce.size() != EapModelledMethod::NONCE_SIZE,
                    "the EAP server nonce must have 32 bytes");
    NS_ABORT_MSG_IF(m_config.rounds < EapModelledMethod::MIN_ROUNDS + 1 ||
                        m_config.rounds > EapModelledMethod::MAX_ROUNDS + 1,
                    "EAP server rounds must be 3..256, not " << m_config.rounds);
    m_rounds = m_config.rounds - 1;
    m_effective = EapModelledMethod::Effective(m_config.profile, m_rounds);
}

EapServerSm::Result
EapServerSm::Ignore(const std::string& reason)
{
    NS_LOG_DEBUG("EAP server ignores a response: " << reason);
    Result result;
    result.action = Result::Action::IGNORED;
    result.reason = reason;
    return result;
}

EapServerSm::Result
EapServerSm::Reject(const std::string& reason)
{
    NS_LOG_DEBUG("EAP server rejects " << m_identity << ": " << reason);
    m_state = State::REJECTED;
    Result result;
    result.action = Result::Action::REJECT;
    result.eap = EapPacket::MakeResult(EapPacket::FAILURE, m_id).Encode();
    result.reason = reason;
    return result;
}

EapServerSm::Result
EapServerSm::NextRequest()
{
    std::size_t round = m_round + 1;
    std::size_t size = m_effective.requestSizes[round - 1];
    ByteWriter data;
    data.WriteU8(static_cast<uint8_t>(round));
    data.WriteU8(static_cast<uint8_t>(m_rounds));
    data.WriteU16(m_effective.responseSizes[round - 1]);
    if (round == 1)
    {
        data.WriteBytes(m_config.nonce);
    }
    if (round == m_rounds)
    {
        data.WriteBytes(EapModelledMethod::ServerProof(m_key, m_config.nonce, m_peerNonce));
    }
    std::vector<uint8_t> typeData = data.GetBytes();
    typeData.resize(size - EapModelledMethod::EAP_PREFIX, 0);
    m_id = static_cast<uint8_t>(m_id + 1);
    m_round = round;
    m_state = State::METHOD;
    ++m_sent;
    EapPacket request(EapPacket::REQUEST, m_id, EapPacket::EXPERIMENTAL, typeData);
    NS_LOG_DEBUG("EAP server sends " << request.ToString() << " round " << round << "/"
                                     << m_rounds);
    Result result;
    result.action = Result::Action::CHALLENGE;
    result.eap = request.Encode();
    return result;
}

EapServerSm::Result
EapServerSm::OnResponse(const std::vector<uint8_t>& eapResponse)
{
    NS_LOG_FUNCTION(this << eapResponse.size());
    EapPacket packet;
    std::string why;
    if (!EapPacket::Decode(eapResponse, packet, why))
    {
        return Ignore(why);
    }
    if (packet.GetCode() != EapPacket::RESPONSE)
    {
        return Ignore("EAP-" + EapPacket::CodeName(packet.GetCode()) + " sent to the server");
    }
    if (m_state == State::ACCEPTED || m_state == State::REJECTED)
    {
        return Ignore("EAP-Response after the end");
    }
    if (m_state == State::WAIT_IDENTITY)
    {
        if (packet.GetType() != EapPacket::IDENTITY)
        {
            return Ignore("expected a Response/Identity, got " +
                          EapPacket::TypeName(packet.GetType()));
        }
        const auto& data = packet.GetTypeData();
        m_identity.assign(data.begin(), data.end());
        m_key = EapModelledMethod::PasswordKey(m_config.password, m_identity);
        m_id = packet.GetIdentifier();
        return NextRequest();
    }
    if (packet.GetIdentifier() != m_id)
    {
        return Ignore("response identifier " + std::to_string(packet.GetIdentifier()) +
                      ", the request's is " + std::to_string(m_id));
    }
    if (packet.GetType() == EapPacket::NAK)
    {
        return Reject("the peer refused the method (Nak)");
    }
    if (packet.GetType() != EapPacket::EXPERIMENTAL)
    {
        return Ignore("response of type " + EapPacket::TypeName(packet.GetType()));
    }
    std::size_t expected = m_effective.responseSizes[m_round - 1];
    if (packet.GetLength() != expected)
    {
        return Ignore("response of " + std::to_string(packet.GetLength()) + " bytes in round " +
                      std::to_string(m_round) + ", expected " + std::to_string(expected));
    }
    ByteReader reader(packet.GetTypeData());
    if (m_round == 1)
    {
        m_peerNonce = reader.ReadBytes(EapModelledMethod::NONCE_SIZE);
    }
    if (m_round + 1 == m_rounds)
    {
        std::vector<uint8_t> proof = reader.ReadBytes(EapModelledMethod::PROOF_SIZE);
        if (!reader.IsOk())
        {
            return Ignore("response truncated"); // not reached: the size was checked
        }
        if (m_config.password.empty())
        {
            return Reject("unknown user " + m_identity);
        }
        auto wanted = EapModelledMethod::PeerProof(m_key, m_config.nonce, m_peerNonce);
        if (!WpaCrypto::ConstantTimeEqual(proof, wanted))
        {
            return Reject("wrong password for " + m_identity);
        }
    }
    if (!reader.IsOk())
    {
        return Ignore("response truncated");
    }
    if (m_round < m_rounds)
    {
        return NextRequest();
    }
    m_state = State::ACCEPTED;
    NS_LOG_DEBUG("EAP server accepts " << m_identity);
    Result result;
    result.action = Result::Action::ACCEPT;
    result.eap = EapPacket::MakeResult(EapPacket::SUCCESS, m_id).Encode();
    result.msk = EapModelledMethod::Msk(m_key, m_config.nonce, m_peerNonce);
    return result;
}

EapServerSm::State
EapServerSm::GetState() const
{
    return m_state;
}

std::string
EapServerSm::StateName(State state)
{
    switch (state)
    {
    case State::WAIT_IDENTITY:
        return "WAIT_IDENTITY";
    case State::METHOD:
        return "METHOD";
    case State::ACCEPTED:
        return "ACCEPTED";
    case State::REJECTED:
        return "REJECTED";
    }
    return "?";
}

std::string
EapServerSm::ActionName(Result::Action action)
{
    switch (action)
    {
    case Result::Action::CHALLENGE:
        return "CHALLENGE";
    case Result::Action::ACCEPT:
        return "ACCEPT";
    case Result::Action::REJECT:
        return "REJECT";
    case Result::Action::IGNORED:
        return "IGNORED";
    }
    return "?";
}

const std::string&
EapServerSm::GetIdentity() const
{
    return m_identity;
}

const EapMethodProfile&
EapServerSm::GetEffectiveProfile() const
{
    return m_effective;
}

uint32_t
EapServerSm::GetRequestsSent() const
{
    return m_sent;
}

} // namespace ns3
